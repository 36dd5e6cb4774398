package java.lang;

/**
 * The boxed char and character helpers. Classification and case mapping follow the JVM exactly for
 * Latin-1 (U+0000..U+00FF); other characters are not letters, digits or whitespace here and keep their
 * case, until the library carries Unicode tables.
 */
public final class Character implements Comparable<Character> {
    /** The smallest radix for number conversions. */
    public static final int MIN_RADIX = 2;
    /** The largest radix for number conversions. */
    public static final int MAX_RADIX = 36;
    /** The smallest char. */
    public static final char MIN_VALUE = '\u0000';
    /** The largest char. */
    public static final char MAX_VALUE = '\uffff';
    /** Bits in a char. */
    public static final int SIZE = 16;
    /** Bytes in a char. */
    public static final int BYTES = 2;
    /** First high surrogate. */
    public static final char MIN_HIGH_SURROGATE = '\uD800';
    /** Last high surrogate. */
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    /** First low surrogate. */
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    /** Last low surrogate. */
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    /** First surrogate. */
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    /** Last surrogate. */
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    /** First supplementary code point. */
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x10000;
    /** Smallest code point. */
    public static final int MIN_CODE_POINT = 0;
    /** Largest code point. */
    public static final int MAX_CODE_POINT = 0x10ffff;

    private final char value;

    /** @param value the boxed value; prefer {@link #valueOf(char)} */
    public Character(char value) {
        this.value = value;
    }

    /** The boxes valueOf hands out for U+0000..U+007F, as the JVM does. */
    private static final class Cache {
        static final Character[] BOXES = new Character[128];

        static {
            for (int i = 0; i < BOXES.length; i++) {
                BOXES[i] = new Character((char) i);
            }
        }

        private Cache() {
        }
    }

    /** @param c a value @return its box, shared for U+0000..U+007F */
    public static Character valueOf(char c) {
        if (c < 128) {
            return Cache.BOXES[c];
        }
        return new Character(c);
    }

    /** @return the boxed value */
    public char charValue() {
        return value;
    }

    /** @param c a char @return a one-character string */
    public static String toString(char c) {
        return String.valueOf(c);
    }

    /** @param codePoint a code point @return its string (two chars for supplementary code points) */
    public static String toString(int codePoint) {
        return new String(toChars(codePoint));
    }

    /** @param x a value @param y a value @return x - y */
    public static int compare(char x, char y) {
        return x - y;
    }

    /** @param c a value @return its hash code: the value itself */
    public static int hashCode(char c) {
        return c;
    }

    /** @param c a value @return its bytes swapped */
    public static char reverseBytes(char c) {
        return (char) (((c & 0xff) << 8) | (c >> 8));
    }

    /** @param c a char @return whether it is '0'..'9' */
    public static boolean isDigit(char c) {
        return isDigit((int) c);
    }

    /** @param codePoint a code point @return whether it is '0'..'9' */
    public static boolean isDigit(int codePoint) {
        return codePoint >= '0' && codePoint <= '9';
    }

    /** @param c a char @return whether it is a Latin-1 letter */
    public static boolean isLetter(char c) {
        return isLetter((int) c);
    }

    /** @param cp a code point @return whether it is a Latin-1 letter */
    public static boolean isLetter(int cp) {
        return isUpperCase(cp) || isLowerCase(cp);
    }

    /** @param c a char @return whether it is a letter or digit */
    public static boolean isLetterOrDigit(char c) {
        return isLetterOrDigit((int) c);
    }

    /** @param cp a code point @return whether it is a letter or digit */
    public static boolean isLetterOrDigit(int cp) {
        return isLetter(cp) || isDigit(cp);
    }

    /** @param cp a code point @return whether it is alphabetic (a letter, for Latin-1) */
    public static boolean isAlphabetic(int cp) {
        return isLetter(cp);
    }

    /** @param c a char @return whether it is an upper-case letter */
    public static boolean isUpperCase(char c) {
        return isUpperCase((int) c);
    }

    /** @param cp a code point @return whether it is an upper-case letter */
    public static boolean isUpperCase(int cp) {
        return cp >= 'A' && cp <= 'Z' || cp >= 0xc0 && cp <= 0xde && cp != 0xd7;
    }

    /** @param c a char @return whether it is a lower-case letter */
    public static boolean isLowerCase(char c) {
        return isLowerCase((int) c);
    }

    /** @param cp a code point @return whether it is lower case (ª, µ and º count, as on the JVM) */
    public static boolean isLowerCase(int cp) {
        return cp >= 'a' && cp <= 'z' || cp == 0xaa || cp == 0xb5 || cp == 0xba
                || cp >= 0xdf && cp <= 0xff && cp != 0xf7;
    }

    /** @param c a char @return its upper-case form */
    public static char toUpperCase(char c) {
        return (char) toUpperCase((int) c);
    }

    /** @param cp a code point @return its upper-case form (ÿ becomes U+0178 and µ U+039C, as on the JVM) */
    public static int toUpperCase(int cp) {
        if (cp >= 'a' && cp <= 'z' || cp >= 0xe0 && cp <= 0xfe && cp != 0xf7) {
            return cp - 32;
        }
        if (cp == 0xb5) {
            return 0x39c;
        }
        if (cp == 0xff) {
            return 0x178;
        }
        return cp;
    }

    /** @param c a char @return its lower-case form */
    public static char toLowerCase(char c) {
        return (char) toLowerCase((int) c);
    }

    /** @param cp a code point @return its lower-case form */
    public static int toLowerCase(int cp) {
        if (cp >= 'A' && cp <= 'Z' || cp >= 0xc0 && cp <= 0xde && cp != 0xd7) {
            return cp + 32;
        }
        return cp;
    }

    /** @param c a char @return its title-case form (upper case for Latin-1) */
    public static char toTitleCase(char c) {
        return toUpperCase(c);
    }

    /** @param c a char @return whether it is Java whitespace (not the no-break space) */
    public static boolean isWhitespace(char c) {
        return isWhitespace((int) c);
    }

    /** @param cp a code point @return whether it is Java whitespace (not the no-break space) */
    public static boolean isWhitespace(int cp) {
        return cp == ' ' || cp >= 0x09 && cp <= 0x0d || cp >= 0x1c && cp <= 0x1f;
    }

    /** @param c a char @return whether it is a space separator (space or no-break space, in Latin-1) */
    public static boolean isSpaceChar(char c) {
        return c == ' ' || c == 0xa0;
    }

    /** @param c a char @return whether it is a control character */
    public static boolean isISOControl(char c) {
        return c <= 0x1f || c >= 0x7f && c <= 0x9f;
    }

    /** @param c a char @return whether it may start a Java identifier (Latin-1) */
    public static boolean isJavaIdentifierStart(char c) {
        return isLetter(c) || c == '$' || c == '_';
    }

    /** @param c a char @return whether it may be part of a Java identifier (Latin-1, no ignorables) */
    public static boolean isJavaIdentifierPart(char c) {
        return isLetterOrDigit(c) || c == '$' || c == '_';
    }

    /** @param c a char @param radix base @return its digit value in that base, or -1 */
    public static int digit(char c, int radix) {
        return digit((int) c, radix);
    }

    /** @param cp a code point @param radix base @return its digit value in that base, or -1 */
    public static int digit(int cp, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return -1;
        }
        int d;
        if (cp >= '0' && cp <= '9') {
            d = cp - '0';
        } else if (cp >= 'a' && cp <= 'z') {
            d = cp - 'a' + 10;
        } else if (cp >= 'A' && cp <= 'Z') {
            d = cp - 'A' + 10;
        } else {
            return -1;
        }
        return d < radix ? d : -1;
    }

    /** @param c a char @return its numeric value ('a'..'z' count 10..35, as on the JVM), or -1 */
    public static int getNumericValue(char c) {
        return digit(c, MAX_RADIX);
    }

    /** @param digit a digit value @param radix base @return its lower-case character, or '\0' when invalid */
    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0 || radix < MIN_RADIX || radix > MAX_RADIX) {
            return '\0';
        }
        return (char) (digit < 10 ? '0' + digit : 'a' - 10 + digit);
    }

    /** @param c a char @return whether it is a high surrogate */
    public static boolean isHighSurrogate(char c) {
        return c >= MIN_HIGH_SURROGATE && c <= MAX_HIGH_SURROGATE;
    }

    /** @param c a char @return whether it is a low surrogate */
    public static boolean isLowSurrogate(char c) {
        return c >= MIN_LOW_SURROGATE && c <= MAX_LOW_SURROGATE;
    }

    /** @param c a char @return whether it is a surrogate */
    public static boolean isSurrogate(char c) {
        return c >= MIN_SURROGATE && c <= MAX_SURROGATE;
    }

    /** @param high a char @param low a char @return whether they form a surrogate pair */
    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    /** @param cp a code point @return whether it is valid */
    public static boolean isValidCodePoint(int cp) {
        return cp >= 0 && cp <= MAX_CODE_POINT;
    }

    /** @param cp a code point @return whether it fits in one char */
    public static boolean isBmpCodePoint(int cp) {
        return cp >>> 16 == 0;
    }

    /** @param cp a code point @return whether it needs two chars */
    public static boolean isSupplementaryCodePoint(int cp) {
        return cp >= MIN_SUPPLEMENTARY_CODE_POINT && cp <= MAX_CODE_POINT;
    }

    /** @param cp a code point @return 1 or 2 */
    public static int charCount(int cp) {
        return cp >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    /** @param high high surrogate @param low low surrogate @return the code point */
    public static int toCodePoint(char high, char low) {
        return ((high - MIN_HIGH_SURROGATE) << 10) + (low - MIN_LOW_SURROGATE) + MIN_SUPPLEMENTARY_CODE_POINT;
    }

    /** @param cp a supplementary code point @return the high (leading) surrogate of its UTF-16 form */
    public static char highSurrogate(int cp) {
        return (char) ((cp >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    /** @param cp a supplementary code point @return the low (trailing) surrogate of its UTF-16 form */
    public static char lowSurrogate(int cp) {
        return (char) ((cp & 0x3ff) + MIN_LOW_SURROGATE);
    }

    /** @param cp a code point @return its UTF-16 chars @throws IllegalArgumentException when it is invalid */
    public static char[] toChars(int cp) {
        if (isBmpCodePoint(cp)) {
            char[] one = new char[1];
            one[0] = (char) cp;
            return one;
        }
        if (!isValidCodePoint(cp)) {
            throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + Integer.toHexString(cp).toUpperCase());
        }
        char[] two = new char[2];
        two[0] = (char) ((cp >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
        two[1] = (char) ((cp & 0x3ff) + MIN_LOW_SURROGATE);
        return two;
    }

    @Override
    public int hashCode() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Character && ((Character) other).value == value;
    }

    @Override
    public int compareTo(Character other) {
        return compare(value, other.value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
