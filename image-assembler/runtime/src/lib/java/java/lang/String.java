package java.lang;

import java.util.Iterator;

/**
 * An immutable sequence of UTF-16 code units, with the JVM's hashCode, equals and compareTo. The
 * compiler lays string literals out with exactly the fields {@code value} and {@code hash}. Case
 * mapping follows {@link Character}: exact for Latin-1. No regular expressions (split, matches,
 * replaceAll) and no format yet.
 */
public final class String implements Comparable<String>, CharSequence {
    private final char[] value;
    private int hash;

    /** Creates the empty string. */
    public String() {
        value = new char[0];
    }

    /** @param original copied */
    public String(String original) {
        value = original.value;
        hash = original.hash;
    }

    /** @param chars the characters, copied */
    public String(char[] chars) {
        this(chars, 0, chars.length);
    }

    /**
     * @param chars source @param offset first index @param count how many
     * @throws StringIndexOutOfBoundsException when the range lies outside the array
     */
    public String(char[] chars, int offset, int count) {
        checkOffsetCount(offset, count, chars.length);
        value = new char[count];
        MokaRuntime.copyPrimitives(chars, offset, value, 0, count);
    }

    /** @param builder its current contents are copied */
    public String(StringBuilder builder) {
        this(builder.toString());
    }

    /** @param buffer its contents become the string's */
    public String(StringBuffer buffer) {
        this(buffer.toString());
    }

    /** @param bytes UTF-8, the default charset; malformed input becomes U+FFFD */
    public String(byte[] bytes) {
        this(bytes, 0, bytes.length, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** @param bytes UTF-8, the default charset @param offset first byte @param length number of bytes */
    public String(byte[] bytes, int offset, int length) {
        this(bytes, offset, length, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** @param bytes encoded text @param charset its charset; malformed input becomes U+FFFD */
    public String(byte[] bytes, java.nio.charset.Charset charset) {
        this(bytes, 0, bytes.length, charset);
    }

    /**
     * @param bytes encoded text @param charsetName its charset's name
     * @throws java.io.UnsupportedEncodingException when no charset has that name
     */
    public String(byte[] bytes, String charsetName) throws java.io.UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetNamed(charsetName));
    }

    /**
     * @param bytes encoded text @param offset first byte @param length number of bytes @param charsetName
     *              its charset's name
     * @throws java.io.UnsupportedEncodingException when no charset has that name
     */
    public String(byte[] bytes, int offset, int length, String charsetName) throws java.io.UnsupportedEncodingException {
        this(bytes, offset, length, charsetNamed(charsetName));
    }

    /** @param bytes encoded text @param offset first byte @param length number of bytes @param charset its charset */
    public String(byte[] bytes, int offset, int length, java.nio.charset.Charset charset) {
        if (charset == null) {
            throw new NullPointerException("charset");
        }
        checkOffsetCount(offset, length, bytes.length);
        this.value = MokaCharsets.decode(charset.name(), bytes, offset, length).value;
    }

    /**
     * The JDK's deprecated constructor from eight-bit values: each character is {@code hibyte} above the
     * byte, as the JDK builds it.
     *
     * @param ascii the low bytes @param hibyte the high byte of every character @param offset first byte
     * @param count number of bytes
     * @throws StringIndexOutOfBoundsException when the range lies outside the array
     */
    public String(byte[] ascii, int hibyte, int offset, int count) {
        checkOffsetCount(offset, count, ascii.length);
        char[] chars = new char[count];
        int high = (hibyte & 0xff) << 8;
        for (int i = 0; i < count; i++) {
            chars[i] = (char) (high | (ascii[offset + i] & 0xff));
        }
        value = chars;
    }

    private static java.nio.charset.Charset charsetNamed(String charsetName) throws java.io.UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        java.nio.charset.Charset charset = java.nio.charset.Charset.forName(charsetName, null);
        if (charset == null) {
            throw new java.io.UnsupportedEncodingException(charsetName);
        }
        return charset;
    }

    /** @return the chars encoded in UTF-8, the default charset; a lone surrogate becomes '?' */
    public byte[] getBytes() {
        return MokaCharsets.encode("UTF-8", value, 0, value.length);
    }

    /** @param charset the charset @return the chars encoded in it; what it cannot encode becomes '?' */
    public byte[] getBytes(java.nio.charset.Charset charset) {
        if (charset == null) {
            throw new NullPointerException();
        }
        return MokaCharsets.encode(charset.name(), value, 0, value.length);
    }

    /**
     * @param charsetName a charset's name @return the chars encoded in it
     * @throws java.io.UnsupportedEncodingException when no charset has that name
     */
    public byte[] getBytes(String charsetName) throws java.io.UnsupportedEncodingException {
        return MokaCharsets.encode(charsetNamed(charsetName).name(), value, 0, value.length);
    }

    /** @param begin first index @param end index after the last @return the code points between; a lone surrogate counts one */
    public int codePointCount(int begin, int end) {
        if (begin < 0 || end > value.length || begin > end) {
            throw new IndexOutOfBoundsException("Range [" + begin + ", " + end + ") out of bounds for length " + value.length);
        }
        int count = end - begin;
        for (int i = begin; i < end - 1; i++) {
            if (Character.isHighSurrogate(value[i]) && Character.isLowSurrogate(value[i + 1])) {
                count--;
                i++;
            }
        }
        return count;
    }

    /** @param index position after the code point @return the code point that ends just before it */
    public int codePointBefore(int index) {
        int i = index - 1;
        checkIndex(i, value.length);
        char c = value[i];
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value[i - 1])) {
            return Character.toCodePoint(value[i - 1], c);
        }
        return c;
    }

    /** @param sb a buffer @return whether it holds the same chars */
    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    static void checkOffsetCount(int offset, int count, int length) {
        if ((offset | count) < 0 || count > length - offset) {
            throw new StringIndexOutOfBoundsException("Range [" + offset + ", " + offset + " + " + count
                    + ") out of bounds for length " + length);
        }
    }

    static void checkRange(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException("Range [" + begin + ", " + end + ") out of bounds for length "
                    + length);
        }
    }

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
        }
    }

    /** @return the number of UTF-16 code units */
    @Override
    public int length() {
        return value.length;
    }

    /** @return whether the length is zero */
    @Override
    public boolean isEmpty() {
        return value.length == 0;
    }

    /** @param index position @return the code unit there */
    @Override
    public char charAt(int index) {
        char[] v = value;
        if (index >= 0 && index < v.length) {
            return v[index];
        }
        // Out of range: the check throws; the common path above makes no call.
        checkIndex(index, v.length);
        return 0;
    }

    /** @param index position @return the code point that starts there (a lone surrogate as itself) */
    public int codePointAt(int index) {
        checkIndex(index, value.length);
        char c = value[index];
        if (Character.isHighSurrogate(c) && index + 1 < value.length && Character.isLowSurrogate(value[index + 1])) {
            return Character.toCodePoint(c, value[index + 1]);
        }
        return c;
    }

    /**
     * @param srcBegin first index @param srcEnd index after the last @param dst destination @param dstBegin
     *                 first index written
     */
    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkRange(srcBegin, srcEnd, value.length);
        checkOffsetCount(dstBegin, srcEnd - srcBegin, dst.length);
        for (int i = srcBegin; i < srcEnd; i++) {
            dst[dstBegin++] = value[i];
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof String)) {
            return false;
        }
        String s = (String) other;
        if (s.value.length != value.length) {
            return false;
        }
        for (int i = 0; i < value.length; i++) {
            if (s.value[i] != value[i]) {
                return false;
            }
        }
        return true;
    }

    /** @param cs a sequence @return whether it holds the same chars */
    public boolean contentEquals(CharSequence cs) {
        if (cs.length() != value.length) {
            return false;
        }
        for (int i = 0; i < value.length; i++) {
            if (cs.charAt(i) != value[i]) {
                return false;
            }
        }
        return true;
    }

    /** @param other a string, may be null @return whether it is equal ignoring case */
    public boolean equalsIgnoreCase(String other) {
        return other != null && other.value.length == value.length
                && regionMatches(true, 0, other, 0, value.length);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (int i = 0; i < value.length; i++) {
                h = 31 * h + value[i];
            }
            hash = h;
        }
        return h;
    }

    @Override
    public int compareTo(String other) {
        int n = Math.min(value.length, other.value.length);
        for (int i = 0; i < n; i++) {
            if (value[i] != other.value[i]) {
                return value[i] - other.value[i];
            }
        }
        return value.length - other.value.length;
    }

    /** @param other a string @return compareTo after folding case the JVM's way */
    public int compareToIgnoreCase(String other) {
        int n = Math.min(value.length, other.value.length);
        for (int i = 0; i < n; i++) {
            char a = value[i];
            char b = other.value[i];
            if (a != b) {
                a = Character.toLowerCase(Character.toUpperCase(a));
                b = Character.toLowerCase(Character.toUpperCase(b));
                if (a != b) {
                    return a - b;
                }
            }
        }
        return value.length - other.value.length;
    }

    /**
     * @param ignoreCase whether case differences count as equal
     * @param offset     first index in this string
     * @param other      the other string
     * @param otherOffset first index in it
     * @param length     chars compared
     * @return whether the regions are equal
     */
    public boolean regionMatches(boolean ignoreCase, int offset, String other, int otherOffset, int length) {
        if (offset < 0 || otherOffset < 0 || offset > (long) value.length - length
                || otherOffset > (long) other.value.length - length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char a = value[offset + i];
            char b = other.value[otherOffset + i];
            if (a != b) {
                if (!ignoreCase) {
                    return false;
                }
                if (Character.toUpperCase(a) != Character.toUpperCase(b)
                        && Character.toLowerCase(Character.toUpperCase(a)) != Character.toLowerCase(Character.toUpperCase(b))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @param offset first index @param other the other string @param otherOffset its first index @param length chars @return whether equal */
    public boolean regionMatches(int offset, String other, int otherOffset, int length) {
        return regionMatches(false, offset, other, otherOffset, length);
    }

    /** @param prefix a prefix @return whether this string starts with it */
    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    /** @param prefix a prefix @param offset where to look @return whether this string has it there */
    public boolean startsWith(String prefix, int offset) {
        return regionMatches(false, offset, prefix, 0, prefix.value.length);
    }

    /** @param suffix a suffix @return whether this string ends with it */
    public boolean endsWith(String suffix) {
        return regionMatches(false, value.length - suffix.value.length, suffix, 0, suffix.value.length);
    }

    /** @param c a code point @return the first index of it, or -1 */
    public int indexOf(int c) {
        return indexOf(c, 0);
    }

    /** @param c a code point @param from first index searched (clamped) @return the first index of it, or -1 */
    public int indexOf(int c, int from) {
        if (c >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            return Character.isValidCodePoint(c) ? indexOf(Character.toString(c), from) : -1;
        }
        for (int i = Math.max(from, 0); i < value.length; i++) {
            if (value[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** @param s a string @return the first index where it occurs, or -1 */
    public int indexOf(String s) {
        return indexOf(s, 0);
    }

    /** @param s a string @param from first index searched (clamped) @return the first index where it occurs, or -1 */
    public int indexOf(String s, int from) {
        int n = s.value.length;
        if (from < 0) {
            from = 0;
        }
        if (from >= value.length) {
            return n == 0 ? value.length : -1;
        }
        for (int i = from; i <= value.length - n; i++) {
            if (regionMatches(false, i, s, 0, n)) {
                return i;
            }
        }
        return -1;
    }

    /** @param c a code point @return the last index of it, or -1 */
    public int lastIndexOf(int c) {
        return lastIndexOf(c, value.length - 1);
    }

    /** @param c a code point @param from last index searched @return the last index of it at or before from, or -1 */
    public int lastIndexOf(int c, int from) {
        if (c >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            return Character.isValidCodePoint(c) ? lastIndexOf(Character.toString(c), from) : -1;
        }
        for (int i = Math.min(from, value.length - 1); i >= 0; i--) {
            if (value[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** @param s a string @return the last index where it occurs, or -1 */
    public int lastIndexOf(String s) {
        return lastIndexOf(s, value.length);
    }

    /** @param s a string @param from last start index considered @return the last index where it occurs, or -1 */
    public int lastIndexOf(String s, int from) {
        for (int i = Math.min(from, value.length - s.value.length); i >= 0; i--) {
            if (regionMatches(false, i, s, 0, s.value.length)) {
                return i;
            }
        }
        return -1;
    }

    /** @param s a sequence @return whether it occurs in this string */
    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    /** @param begin first index @return the rest of the string from there */
    public String substring(int begin) {
        return substring(begin, value.length);
    }

    /** @param begin first index @param end index after the last @return that part of the string */
    public String substring(int begin, int end) {
        checkRange(begin, end, value.length);
        if (begin == 0 && end == value.length) {
            return this;
        }
        return new String(value, begin, end - begin);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    /** @param other appended @return the concatenation */
    public String concat(String other) {
        if (other.value.length == 0) {
            return this;
        }
        char[] both = new char[value.length + other.value.length];
        copyTo(both, 0);
        other.copyTo(both, value.length);
        return new String(both);
    }

    /** @param oldChar replaced @param newChar replacement @return the string with every oldChar replaced */
    public String replace(char oldChar, char newChar) {
        if (indexOf(oldChar) < 0) {
            return this;
        }
        char[] chars = toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == oldChar) {
                chars[i] = newChar;
            }
        }
        return new String(chars);
    }

    /** @param target replaced, literally @param replacement replacement @return the string with every occurrence replaced */
    public String replace(CharSequence target, CharSequence replacement) {
        String t = target.toString();
        String r = replacement.toString();
        StringBuilder sb = new StringBuilder();
        int at = 0;
        if (t.value.length == 0) {
            for (int i = 0; i < value.length; i++) {
                sb.append(r).append(value[i]);
            }
            return sb.append(r).toString();
        }
        int found = indexOf(t, 0);
        if (found < 0) {
            return this;
        }
        while (found >= 0) {
            sb.append(this, at, found).append(r);
            at = found + t.value.length;
            found = indexOf(t, at);
        }
        return sb.append(this, at, value.length).toString();
    }

    /** @return the string in lower case (Latin-1 mapping) */
    public String toLowerCase() {
        char[] chars = toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = Character.toLowerCase(chars[i]);
            changed |= c != chars[i];
            chars[i] = c;
        }
        return changed ? new String(chars) : this;
    }

    /** @return the string in upper case (Latin-1 mapping; ß becomes "SS", as on the JVM) */
    public String toUpperCase() {
        StringBuilder sb = new StringBuilder(value.length);
        boolean changed = false;
        for (int i = 0; i < value.length; i++) {
            char c = value[i];
            if (c == '\u00df') {
                sb.append("SS");
                changed = true;
            } else {
                char u = Character.toUpperCase(c);
                changed |= u != c;
                sb.append(u);
            }
        }
        return changed ? sb.toString() : this;
    }

    /** @return the string without leading and trailing chars up to and including space */
    public String trim() {
        int begin = 0;
        int end = value.length;
        while (begin < end && value[begin] <= ' ') {
            begin++;
        }
        while (end > begin && value[end - 1] <= ' ') {
            end--;
        }
        return substring(begin, end);
    }

    /** @return the string without leading and trailing whitespace */
    public String strip() {
        int begin = 0;
        int end = value.length;
        while (begin < end && Character.isWhitespace(value[begin])) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(value[end - 1])) {
            end--;
        }
        return substring(begin, end);
    }

    /** @return the string without leading whitespace */
    public String stripLeading() {
        int begin = 0;
        while (begin < value.length && Character.isWhitespace(value[begin])) {
            begin++;
        }
        return substring(begin);
    }

    /** @return the string without trailing whitespace */
    public String stripTrailing() {
        int end = value.length;
        while (end > 0 && Character.isWhitespace(value[end - 1])) {
            end--;
        }
        return substring(0, end);
    }

    /** @return whether the string is empty or only whitespace */
    public boolean isBlank() {
        for (int i = 0; i < value.length; i++) {
            if (!Character.isWhitespace(value[i])) {
                return false;
            }
        }
        return true;
    }

    /** @param count repetitions @return the string repeated @throws IllegalArgumentException when count is negative */
    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1) {
            return this;
        }
        char[] chars = new char[value.length * count];
        for (int k = 0; k < count; k++) {
            copyTo(chars, k * value.length);
        }
        return new String(chars);
    }

    /** @return a new array with the characters */
    public char[] toCharArray() {
        char[] copy = new char[value.length];
        copyTo(copy, 0);
        return copy;
    }

    /** @return this string; literals are not pooled at run time, so equal strings may stay distinct objects */
    public String intern() {
        return this;
    }

    @Override
    public String toString() {
        return this;
    }

    /** @param format printf-style format @param args its arguments @return the formatted text (root locale) */
    public static String format(String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    /** @param args arguments for this string as a format @return the formatted text */
    public String formatted(Object... args) {
        return new java.util.Formatter().format(this, args).toString();
    }

    /** Orders strings as compareToIgnoreCase does. */
    public static final java.util.Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveOrder();

    private static final class CaseInsensitiveOrder implements java.util.Comparator<String> {
        @Override
        public int compare(String a, String b) {
            return a.compareToIgnoreCase(b);
        }
    }

    /** @param regex separator pattern @return the pieces, trailing empty ones removed (as Pattern.split) */
    public String[] split(String regex) {
        return split(regex, 0);
    }

    /** @param regex separator pattern @param limit piece count rule of Pattern.split @return the pieces */
    public String[] split(String regex, int limit) {
        return java.util.regex.Pattern.compile(regex).split(this, limit);
    }

    /** @param regex pattern @return whether this whole string matches it */
    public boolean matches(String regex) {
        return java.util.regex.Pattern.matches(regex, this);
    }

    /** @param regex pattern @param replacement text with $n group references @return every match replaced */
    public String replaceAll(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceAll(replacement);
    }

    /** @param regex pattern @param replacement text with $n group references @return the first match replaced */
    public String replaceFirst(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceFirst(replacement);
    }

    /**
     * @param delimiter between elements @param elements joined ("null" for null)
     * @return the joined string
     */
    public static String join(CharSequence delimiter, CharSequence... elements) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    /**
     * @param delimiter between elements @param elements joined ("null" for null)
     * @return the joined string
     */
    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        StringBuilder sb = new StringBuilder();
        Iterator<? extends CharSequence> it = elements.iterator();
        boolean first = true;
        while (it.hasNext()) {
            if (!first) {
                sb.append(delimiter);
            }
            first = false;
            sb.append(it.next());
        }
        return sb.toString();
    }

    /** @param o any object @return "null" or its toString */
    public static String valueOf(Object o) {
        return o == null ? "null" : o.toString();
    }

    /** @param chars characters, copied @return them as a string */
    public static String valueOf(char[] chars) {
        return new String(chars);
    }

    /** @param chars source @param offset first index @param count how many @return them as a string */
    public static String valueOf(char[] chars, int offset, int count) {
        return new String(chars, offset, count);
    }

    /** @param chars characters, copied @return them as a string */
    public static String copyValueOf(char[] chars) {
        return new String(chars);
    }

    /** @param chars source @param offset first index @param count how many @return them as a string */
    public static String copyValueOf(char[] chars, int offset, int count) {
        return new String(chars, offset, count);
    }

    /** @param i a value @return its decimal form */
    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    /** @param l a value @return its decimal form */
    public static String valueOf(long l) {
        return Long.toString(l);
    }

    /** @param c a value @return a one-character string */
    public static String valueOf(char c) {
        char[] one = new char[1];
        one[0] = c;
        return new String(one);
    }

    /** @param b a value @return "true" or "false" */
    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    /** Used by StringBuilder to copy out characters without another allocation. */
    void copyTo(char[] dest, int at) {
        MokaRuntime.copyPrimitives(value, 0, dest, at, value.length);
    }

    /** @param f a value @return its decimal form, as Float.toString */
    public static String valueOf(float f) {
        return Float.toString(f);
    }

    /** @param d a value @return its decimal form, as Double.toString */
    public static String valueOf(double d) {
        return Double.toString(d);
    }
}
