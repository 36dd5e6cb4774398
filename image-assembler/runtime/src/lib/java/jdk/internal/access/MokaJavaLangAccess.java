package jdk.internal.access;

import java.nio.charset.Charset;

/** Not JDK API: {@link JavaLangAccess} on Moka's {@code String}. */
final class MokaJavaLangAccess implements JavaLangAccess {
    @Override
    public String uncheckedNewStringNoRepl(byte[] bytes, Charset cs) {
        return new String(bytes, cs);
    }
}
