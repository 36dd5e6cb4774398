package dev.moka.assembler.compiler.front;

import java.util.List;
import java.util.Set;

/**
 * The slice of the JDK's {@code java.base} bytecode that every build compiles, area by area, and the
 * classes of Moka's runtime library that complete themselves from the JDK's versions. A class of the
 * slice is read from the JDK when Moka's runtime library does not have it; where the JDK's code asks
 * the VM for something compiled code cannot have, the runtime library holds a substitute of that class
 * (see runtime-library.md) or {@link JdkSubstitutions} replaces the method. An entry names a class
 * (with its nested classes) or, ending in a slash, every class of a package.
 */
final class JdkSlice {
    private JdkSlice() {
    }

    /** Classes and packages read from the JDK. */
    static final List<String> CLASSES = List.of(
            // Math and StrictMath: the JDK's Java port of fdlibm and the constants it reads.
            "java/lang/FdLibm", "jdk/internal/math/DoubleConsts", "jdk/internal/math/FloatConsts",
            // java.math, and the shortest-decimal conversion BigDecimal.valueOf(double) uses.
            "java/math/BigInteger", "java/math/BigDecimal", "java/math/MutableBigInteger",
            "java/math/SignedMutableBigInteger", "java/math/MathContext", "java/math/RoundingMode", "java/math/BitSieve",
            "jdk/internal/math/FormattedFPDecimal", "jdk/internal/math/DoubleToDecimal", "jdk/internal/math/ToDecimal",
            "jdk/internal/math/MathUtils",
            // Base64, and the interface of CRC32 (whose loops Moka substitutes).
            "java/util/Base64", "java/util/zip/Checksum",
            // Streams and what they stand on.
            "java/util/stream/", "java/util/function/", "java/util/Spliterator", "java/util/Spliterators",
            "java/util/PrimitiveIterator", "java/util/EnumMap", "java/util/EnumSet", "java/util/RegularEnumSet",
            "java/util/JumboEnumSet", "java/util/StringJoiner", "java/util/OptionalInt", "java/util/OptionalLong",
            "java/util/OptionalDouble", "java/util/IntSummaryStatistics", "java/util/LongSummaryStatistics",
            "java/util/DoubleSummaryStatistics",
            // Message digests: the engines of the SUN provider that Moka's MessageDigest offers.
            "java/security/MessageDigestSpi", "java/security/GeneralSecurityException", "java/security/DigestException",
            "java/security/NoSuchAlgorithmException", "java/security/ProviderException",
            "sun/security/provider/DigestBase", "sun/security/provider/MD2", "sun/security/provider/MD5", "sun/security/provider/SHA",
            "sun/security/provider/SHA2", "sun/security/provider/SHA5");

    /** Classes and packages of Moka's runtime library that take the members they lack from the JDK. */
    static final Set<String> GRAFTS = Set.of(
            "java/lang/Math", "java/lang/StrictMath", "java/lang/Integer", "java/lang/Long",
            "java/lang/Iterable", "java/util/Collection", "java/util/List", "java/util/Set", "java/util/Map$Entry",
            "java/util/Iterator", "java/util/Comparator", "java/util/Optional", "java/util/Arrays", "java/util/function/",
            "java/util/zip/CRC32", "jdk/internal/util/ArraysSupport");

    /** @return the package of a class as the lists name packages: its name up to and with the last slash */
    static String packageOf(String internalName) {
        return internalName.substring(0, internalName.lastIndexOf('/') + 1);
    }

    /** @param internalName a class name @return whether the slice holds it */
    static boolean holds(String internalName) {
        for (String entry : CLASSES) {
            if (entry.equals(packageOf(internalName)) || internalName.equals(entry) || internalName.startsWith(entry + "$")) {
                return true;
            }
        }
        return false;
    }

    /** @param internalName a class of Moka's runtime library @return whether it takes the members it lacks from the JDK */
    static boolean grafts(String internalName) {
        return GRAFTS.contains(internalName) || GRAFTS.contains(packageOf(internalName));
    }
}
