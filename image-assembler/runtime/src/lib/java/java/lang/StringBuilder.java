package java.lang;

/**
 * A growable character buffer; string concatenation compiles to it (the compiler calls the append
 * overloads for String, Object, char, int, long and boolean directly, so this class stays final).
 */
public final class StringBuilder implements CharSequence, Comparable<StringBuilder> {
    private char[] buffer;
    private int count;

    /** Creates an empty builder. */
    public StringBuilder() {
        buffer = new char[16];
    }

    /** @param capacity initial capacity */
    public StringBuilder(int capacity) {
        buffer = new char[capacity];
    }

    /** @param s initial contents */
    public StringBuilder(String s) {
        buffer = new char[s.length() + 16];
        append(s);
    }

    /** @param s initial contents */
    public StringBuilder(CharSequence s) {
        buffer = new char[s.length() + 16];
        append(s);
    }

    private void ensure(int extra) {
        int needed = count + extra;
        if (needed > buffer.length) {
            int size = buffer.length * 2 + 2;
            if (size < needed) {
                size = needed;
            }
            char[] bigger = new char[size];
            MokaRuntime.copyPrimitives(buffer, 0, bigger, 0, count);
            buffer = bigger;
        }
    }

    /** @return the current capacity */
    public int capacity() {
        return buffer.length;
    }

    /** @param minimum capacity wanted */
    public void ensureCapacity(int minimum) {
        if (minimum > buffer.length) {
            ensure(minimum - count);
        }
    }

    /** Shrinks the buffer to the contents. */
    public void trimToSize() {
        if (count < buffer.length) {
            char[] exact = new char[count];
            MokaRuntime.copyPrimitives(buffer, 0, exact, 0, count);
            buffer = exact;
        }
    }

    /** @param s appended, "null" for null @return this */
    public StringBuilder append(String s) {
        if (s == null) {
            s = "null";
        }
        ensure(s.length());
        s.copyTo(buffer, count);
        count += s.length();
        return this;
    }

    /** @param o appended through String.valueOf @return this */
    public StringBuilder append(Object o) {
        return append(String.valueOf(o));
    }

    /** @param s appended, "null" for null @return this */
    public StringBuilder append(CharSequence s) {
        if (s == null) {
            return append("null");
        }
        if (s instanceof String) {
            return append((String) s);
        }
        return append(s, 0, s.length());
    }

    /**
     * @param s source ("null" for null) @param start first index @param end index after the last
     * @return this
     * @throws IndexOutOfBoundsException when the range lies outside s
     */
    public StringBuilder append(CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        if (start < 0 || start > end || end > s.length()) {
            throw new IndexOutOfBoundsException("Range [" + start + ", " + end + ") out of bounds for length "
                    + s.length());
        }
        ensure(end - start);
        for (int i = start; i < end; i++) {
            buffer[count++] = s.charAt(i);
        }
        return this;
    }

    /** @param chars appended @return this */
    public StringBuilder append(char[] chars) {
        return append(chars, 0, chars.length);
    }

    /** @param chars source @param offset first index @param length how many @return this */
    public StringBuilder append(char[] chars, int offset, int length) {
        String.checkOffsetCount(offset, length, chars.length);
        ensure(length);
        MokaRuntime.copyPrimitives(chars, offset, buffer, count, length);
        count += length;
        return this;
    }

    /** @param c appended @return this */
    public StringBuilder append(char c) {
        ensure(1);
        buffer[count++] = c;
        return this;
    }

    /** @param i appended in decimal @return this */
    public StringBuilder append(int i) {
        return append((long) i);
    }

    /** @param l appended in decimal, written straight into the buffer @return this */
    public StringBuilder append(long l) {
        // Digits of the negative magnitude, so that MIN_VALUE needs no special case.
        long n = l < 0 ? l : -l;
        int digits = 1;
        for (long m = n / 10; m != 0; m /= 10) {
            digits++;
        }
        int length = l < 0 ? digits + 1 : digits;
        ensure(length);
        int at = count + length;
        do {
            long quotient = n / 10;
            buffer[--at] = (char) ('0' + (quotient * 10 - n));
            n = quotient;
        } while (n != 0);
        if (l < 0) {
            buffer[--at] = '-';
        }
        count += length;
        return this;
    }

    /** @param b appended as true/false @return this */
    public StringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    /** @param codePoint appended as one or two chars @return this */
    public StringBuilder appendCodePoint(int codePoint) {
        return append(Character.toChars(codePoint));
    }

    /**
     * @param codePoint a Unicode code point @param count how many times to append it
     * @return this
     * @throws IllegalArgumentException when the count is negative or the code point invalid, with the JDK's messages
     */
    public StringBuilder repeat(int codePoint, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (!Character.isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException("Not a valid Unicode code point: 0x"
                    + Integer.toHexString(codePoint).toUpperCase());
        }
        char[] chars = Character.toChars(codePoint);
        for (int i = 0; i < count; i++) {
            append(chars);
        }
        return this;
    }

    /**
     * @param cs characters, or null for "null" @param count how many times to append them
     * @return this
     * @throws IllegalArgumentException when the count is negative
     */
    public StringBuilder repeat(CharSequence cs, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        CharSequence text = cs == null ? "null" : cs;
        for (int i = 0; i < count; i++) {
            append(text);
        }
        return this;
    }

    /** Opens a gap of n chars at offset (already checked). */
    private void openGap(int offset, int n) {
        ensure(n);
        for (int i = count - 1; i >= offset; i--) {
            buffer[i + n] = buffer[i];
        }
        count += n;
    }

    private void checkOffset(int offset) {
        String.checkRange(offset, count, count);
    }

    /** @param offset where @param s inserted, "null" for null @return this */
    public StringBuilder insert(int offset, String s) {
        checkOffset(offset);
        if (s == null) {
            s = "null";
        }
        openGap(offset, s.length());
        s.copyTo(buffer, offset);
        return this;
    }

    /** @param offset where @param chars inserted @return this */
    public StringBuilder insert(int offset, char[] chars) {
        return insert(offset, new String(chars));
    }

    /**
     * @param index where @param chars source @param offset first index in it @param length how many
     * @return this
     */
    public StringBuilder insert(int index, char[] chars, int offset, int length) {
        checkOffset(index);
        String.checkOffsetCount(offset, length, chars.length);
        return insert(index, new String(chars, offset, length));
    }

    /** @param offset where @param s inserted, "null" for null @return this */
    public StringBuilder insert(int offset, CharSequence s) {
        return insert(offset, String.valueOf(s));
    }

    /** @param offset where @param s source @param start first index @param end index after the last @return this */
    public StringBuilder insert(int offset, CharSequence s, int start, int end) {
        checkOffset(offset);
        return insert(offset, new StringBuilder().append(s, start, end).toString());
    }

    /** @param offset where @param o inserted through String.valueOf @return this */
    public StringBuilder insert(int offset, Object o) {
        return insert(offset, String.valueOf(o));
    }

    /** @param offset where @param c inserted @return this */
    public StringBuilder insert(int offset, char c) {
        checkOffset(offset);
        openGap(offset, 1);
        buffer[offset] = c;
        return this;
    }

    /** @param offset where @param i inserted in decimal @return this */
    public StringBuilder insert(int offset, int i) {
        return insert(offset, Integer.toString(i));
    }

    /** @param offset where @param l inserted in decimal @return this */
    public StringBuilder insert(int offset, long l) {
        return insert(offset, Long.toString(l));
    }

    /** @param offset where @param b inserted as true/false @return this */
    public StringBuilder insert(int offset, boolean b) {
        return insert(offset, b ? "true" : "false");
    }

    /**
     * @param start first index removed @param end index after the last removed (clamped to the length)
     * @return this
     */
    public StringBuilder delete(int start, int end) {
        if (end > count) {
            end = count;
        }
        String.checkRange(start, end, count);
        int n = end - start;
        for (int i = end; i < count; i++) {
            buffer[i - n] = buffer[i];
        }
        count -= n;
        return this;
    }

    /** @param index the char removed @return this */
    public StringBuilder deleteCharAt(int index) {
        String.checkIndex(index, count);
        return delete(index, index + 1);
    }

    /**
     * @param start first index replaced @param end index after the last (clamped) @param s replacement
     * @return this
     */
    public StringBuilder replace(int start, int end, String s) {
        if (end > count) {
            end = count;
        }
        String.checkRange(start, end, count);
        delete(start, end);
        return insert(start, s);
    }

    /** @return this, with its chars in reverse order (surrogate pairs stay in order) */
    public StringBuilder reverse() {
        boolean surrogates = false;
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            char a = buffer[i];
            char b = buffer[j];
            surrogates |= Character.isSurrogate(a) || Character.isSurrogate(b);
            buffer[i] = b;
            buffer[j] = a;
        }
        if (count % 2 == 1 && Character.isSurrogate(buffer[count / 2])) {
            surrogates = true;
        }
        if (surrogates) {
            for (int i = 0; i < count - 1; i++) {
                if (Character.isLowSurrogate(buffer[i]) && Character.isHighSurrogate(buffer[i + 1])) {
                    char low = buffer[i];
                    buffer[i] = buffer[i + 1];
                    buffer[i + 1] = low;
                    i++;
                }
            }
        }
        return this;
    }

    @Override
    public int length() {
        return count;
    }

    @Override
    public char charAt(int index) {
        String.checkIndex(index, count);
        return buffer[index];
    }

    /** @param index position @param c the new char there */
    public void setCharAt(int index, char c) {
        String.checkIndex(index, count);
        buffer[index] = c;
    }

    /** @param length new length; extra chars are zero */
    public void setLength(int length) {
        if (length < 0) {
            throw new StringIndexOutOfBoundsException(length);
        }
        ensure(length - count > 0 ? length - count : 0);
        for (int i = count; i < length; i++) {
            buffer[i] = 0;
        }
        count = length;
    }

    /**
     * @param srcBegin first index @param srcEnd index after the last @param dst destination @param dstBegin
     *                 first index written
     */
    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        String.checkRange(srcBegin, srcEnd, count);
        String.checkOffsetCount(dstBegin, srcEnd - srcBegin, dst.length);
        for (int i = srcBegin; i < srcEnd; i++) {
            dst[dstBegin++] = buffer[i];
        }
    }

    /** @param s a string @return the first index where it occurs, or -1 */
    public int indexOf(String s) {
        return toString().indexOf(s);
    }

    /** @param s a string @param from first index searched @return the first index where it occurs, or -1 */
    public int indexOf(String s, int from) {
        return toString().indexOf(s, from);
    }

    /** @param s a string @return the last index where it occurs, or -1 */
    public int lastIndexOf(String s) {
        return toString().lastIndexOf(s);
    }

    /** @param s a string @param from last start index considered @return the last index where it occurs, or -1 */
    public int lastIndexOf(String s, int from) {
        return toString().lastIndexOf(s, from);
    }

    /** @param start first index @return the chars from there as a string */
    public String substring(int start) {
        return substring(start, count);
    }

    /** @param start first index @param end index after the last @return those chars as a string */
    public String substring(int start, int end) {
        String.checkRange(start, end, count);
        return new String(buffer, start, end - start);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    @Override
    public int compareTo(StringBuilder other) {
        return CharSequence.compare(this, other);
    }

    @Override
    public String toString() {
        return new String(buffer, 0, count);
    }

    /** @param sb appended, "null" for null @return this */
    public StringBuilder append(StringBuffer sb) {
        return sb == null ? append("null") : append((CharSequence) sb);
    }

    /** @param offset where @param f inserted as Float.toString prints it @return this */
    public StringBuilder insert(int offset, float f) {
        return insert(offset, Float.toString(f));
    }

    /** @param offset where @param d inserted as Double.toString prints it @return this */
    public StringBuilder insert(int offset, double d) {
        return insert(offset, Double.toString(d));
    }

    /** @param f appended as Float.toString prints it @return this */
    public StringBuilder append(float f) {
        return append(Float.toString(f));
    }

    /** @param d appended as Double.toString prints it @return this */
    public StringBuilder append(double d) {
        return append(Double.toString(d));
    }
}
