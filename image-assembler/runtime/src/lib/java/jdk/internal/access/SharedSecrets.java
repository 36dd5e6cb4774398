package jdk.internal.access;

/**
 * Moka's substitute for the registry through which the JDK's classes reach {@code java.lang}'s
 * internals. HotSpot fills the JDK's registry while it boots; Moka's answers with implementations
 * written on Moka's classes, so the JDK code compiled into images meets the representation it runs on.
 */
public final class SharedSecrets {
    private static final JavaLangAccess JAVA_LANG_ACCESS = new MokaJavaLangAccess();
    private static final JavaUtilCollectionAccess JAVA_UTIL_COLLECTION_ACCESS = new MokaJavaUtilCollectionAccess();

    private SharedSecrets() {
    }

    /** @return the access to {@code java.lang} */
    public static JavaLangAccess getJavaLangAccess() {
        return JAVA_LANG_ACCESS;
    }

    /** @return the access to the unmodifiable collections */
    public static JavaUtilCollectionAccess getJavaUtilCollectionAccess() {
        return JAVA_UTIL_COLLECTION_ACCESS;
    }
}
