package jdk.internal.access;

import java.nio.charset.Charset;

/** Not JDK API: {@link JavaLangAccess} on Moka's {@code String}. */
final class MokaJavaLangAccess implements JavaLangAccess {
    @Override
    public String uncheckedNewStringNoRepl(byte[] bytes, Charset cs) {
        return new String(bytes, cs);
    }

    @Override
    public <E extends Enum<E>> E[] getEnumConstantsShared(Class<E> klass) {
        return klass.getEnumConstants();
    }

    @Override
    public void uncheckedPutCharUTF16(byte[] val, int index, int c) {
        val[2 * index] = (byte) c;
        val[2 * index + 1] = (byte) (c >> 8);
    }

    @Override
    public char uncheckedGetUTF16Char(byte[] val, int index) {
        return (char) ((val[2 * index] & 0xff) | ((val[2 * index + 1] & 0xff) << 8));
    }

    @Override
    public String join(String prefix, String suffix, String delimiter, String[] elements, int size) {
        StringBuilder joined = new StringBuilder(prefix);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                joined.append(delimiter);
            }
            joined.append(elements[i]);
        }
        return joined.append(suffix).toString();
    }
}
