package jdk.internal.access;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;

/**
 * Not JDK API as such: Moka's stand-in for the JDK's private access to {@code java.lang}, holding only
 * the operations the JDK classes Moka compiles call, implemented on Moka's own {@code String}. JDK
 * code that calls any other operation of the JDK's interface fails the build naming it.
 */
public interface JavaLangAccess {
    /**
     * @param bytes the encoded characters, no longer used by the caller @param cs their charset
     * @return the string they decode to
     * @throws CharacterCodingException never on Moka: malformed input is replaced, as by {@code new String}
     */
    String uncheckedNewStringNoRepl(byte[] bytes, Charset cs) throws CharacterCodingException;

    /**
     * @param klass a class @param <E> its type
     * @return its enum constants in declaration order, or null when it is not an enum class
     */
    <E extends Enum<E>> E[] getEnumConstantsShared(Class<E> klass);

    /**
     * @param prefix first @param suffix last @param delimiter between elements @param elements the strings
     * @param size how many of them to join
     * @return the prefix, the first {@code size} elements with the delimiter between them, the suffix
     */
    String join(String prefix, String suffix, String delimiter, String[] elements, int size);

    /**
     * @param val characters as UTF-16 in the machine's byte order (little-endian), as the JDK's strings
     *            hold them @param index a character index @param c the character to store there
     */
    void uncheckedPutCharUTF16(byte[] val, int index, int c);

    /**
     * @param val characters as UTF-16 in the machine's byte order (little-endian) @param index a character index
     * @return the character there
     */
    char uncheckedGetUTF16Char(byte[] val, int index);
}
