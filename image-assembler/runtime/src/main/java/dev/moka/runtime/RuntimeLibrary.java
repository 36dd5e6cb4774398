package dev.moka.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Access to the class files of Moka's runtime library. They are stored as {@code .bin} resources so
 * that no JVM or tool mistakes them for classes of this module.
 */
public final class RuntimeLibrary {
    private static final String ROOT = "/dev/moka/runtime/lib/";

    private RuntimeLibrary() {
    }

    /**
     * @param internalName a JVM internal class name such as {@code java/lang/String}
     * @return the class file bytes of Moka's version of that class, or null when the library has none
     */
    public static byte[] classBytes(String internalName) {
        try (InputStream in = RuntimeLibrary.class.getResourceAsStream(ROOT + internalName + ".bin")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read runtime class " + internalName, e);
        }
    }
}
