package dev.moka.assembler.compiler;

/**
 * Where the classes of the Java platform ({@code java/...}) come from.
 */
public enum ClassLibrary {
    /** Only Moka's runtime library: a JDK class it lacks is missing from the closed world. */
    MOKA,
    /**
     * Moka's runtime library first; a platform class it lacks ({@code java/}, {@code jdk/internal/},
     * {@code sun/}) is compiled from the bytecode of {@code java.base} in the JDK that runs the build.
     * Moka's classes thus act as substitutions for the JDK's. A prototype: see the compiler's
     * documentation for what it covers.
     */
    JDK_FALLBACK
}
