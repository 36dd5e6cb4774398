/**
 * Moka's runtime library: the java.lang and java.util classes that images use instead of the host
 * JDK's. The compiler reads them through {@link dev.moka.runtime.RuntimeLibrary}.
 */
module dev.moka.runtime {
    exports dev.moka.runtime;
}
