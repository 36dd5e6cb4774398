package dev.moka.assembler.compiler.front;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads class files of the {@code java.base} module of the JDK running the compiler, through the
 * {@code jrt:} file system: the bytecode the JDK's own class library is made of.
 */
final class JdkClasses {
    /** How the origin of a class read here starts, in messages. */
    static final String ORIGIN_PREFIX = "the JDK's java.base: ";

    private static final FileSystem JRT = FileSystems.getFileSystem(URI.create("jrt:/"));

    private JdkClasses() {
    }

    /**
     * The slice of the JDK every build may use, because it is plain computation that compiles against
     * Moka's classes as they are: the JDK's Java port of fdlibm and the constant classes it reads. With
     * it, {@code Math} and {@code StrictMath} take the floating-point functions Moka's versions do not
     * define from the JDK's versions of those classes ({@link #takesMembersFromJdk}).
     */
    private static final java.util.List<String> VETTED_PREFIXES = java.util.List.of(
            "java/lang/FdLibm", "jdk/internal/math/DoubleConsts", "jdk/internal/math/FloatConsts",
            "java/math/BigInteger", "java/math/BigDecimal", "java/math/MutableBigInteger", "java/math/SignedMutableBigInteger",
            "java/math/MathContext", "java/math/RoundingMode", "java/math/BitSieve",
            "jdk/internal/math/FormattedFPDecimal", "jdk/internal/math/DoubleToDecimal", "jdk/internal/math/ToDecimal",
            "jdk/internal/math/MathUtils",
            "java/util/Base64", "java/util/zip/Checksum",
            "java/util/stream/", "java/util/function/", "java/util/Spliterator", "java/util/Spliterators", "java/util/EnumMap", "java/util/EnumSet",
            "java/util/RegularEnumSet", "java/util/JumboEnumSet", "java/util/StringJoiner", "java/util/PrimitiveIterator",
            "java/util/OptionalInt", "java/util/OptionalLong", "java/util/OptionalDouble", "java/util/IntSummaryStatistics",
            "java/util/LongSummaryStatistics", "java/util/DoubleSummaryStatistics",
            "java/security/MessageDigestSpi", "java/security/GeneralSecurityException", "java/security/DigestException",
            "java/security/NoSuchAlgorithmException", "java/security/ProviderException", "sun/security/provider/DigestBase",
            "sun/security/provider/MD2", "sun/security/provider/SHA", "sun/security/provider/SHA2", "sun/security/provider/SHA5");

    /** Classes of Moka's runtime library that take the members they lack from the JDK in every build. */
    private static final java.util.Set<String> VETTED_GRAFTS = java.util.Set.of("java/lang/Math", "java/lang/StrictMath", "java/lang/Integer", "java/lang/Long",
            "jdk/internal/util/ArraysSupport", "java/util/zip/CRC32",
            "java/lang/Iterable", "java/util/Collection", "java/util/List", "java/util/Set", "java/util/Arrays",
            "java/util/Map$Entry", "java/util/Iterator", "java/util/Comparator", "java/util/Optional",
            "java/util/function/");

    /** @param internalName a class name @return whether every build may read it from the JDK */
    static boolean isVetted(String internalName) {
        for (String prefix : VETTED_PREFIXES) {
            if (prefix.equals(packageOf(internalName)) || internalName.equals(prefix) || internalName.startsWith(prefix + "$")) {
                return true;
            }
        }
        return false;
    }

    /** @param internalName a class of Moka's runtime library @return whether every build grafts its missing members */
    static boolean takesMembersFromJdk(String internalName) {
        return VETTED_GRAFTS.contains(internalName) || VETTED_GRAFTS.contains(packageOf(internalName));
    }

    /** @return the package of a class as the lists above name packages: its name up to and with the last slash */
    private static String packageOf(String internalName) {
        return internalName.substring(0, internalName.lastIndexOf('/') + 1);
    }

    /** @param internalName a class name @return whether it names a class of the platform's own packages */
    static boolean isPlatformName(String internalName) {
        return internalName.startsWith("java/") || internalName.startsWith("jdk/internal/")
                || internalName.startsWith("sun/");
    }

    /**
     * Classes the JDK's virtual machine sets up while it boots, which no compiled code does: their
     * accessors would return null at run time, so they are kept out of the closed world and code
     * that needs them fails the build.
     */
    private static final java.util.Set<String> WIRED_BY_THE_VM = java.util.Set.of(
            "jdk/internal/access/SharedSecrets", "jdk/internal/misc/VM");

    /** @param internalName a class name @return its class file in java.base, or null when java.base has none */
    static ClassPool.ClassFile read(String internalName) {
        if (WIRED_BY_THE_VM.contains(internalName)) {
            return null;
        }
        Path file = JRT.getPath("modules", "java.base", internalName + ".class");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return new ClassPool.ClassFile(Files.readAllBytes(file), ORIGIN_PREFIX + internalName + ".class");
        } catch (IOException e) {
            throw new ClassFileException("cannot read " + internalName + ".class from the JDK's java.base: " + e.getMessage());
        }
    }
}
