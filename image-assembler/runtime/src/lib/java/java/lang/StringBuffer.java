package java.lang;

/**
 * The synchronized twin of {@link StringBuilder}: the same buffer, growth, results and exceptions
 * (the JDK derives both from one base class). One CPU runs Java code at a time in Moka's images, so
 * the JDK's locking has nothing to do here; the contents live in a builder this class delegates to.
 */
public final class StringBuffer implements CharSequence, Comparable<StringBuffer> {
    private final StringBuilder builder;

    /** Creates an empty buffer of capacity 16. */
    public StringBuffer() {
        builder = new StringBuilder();
    }

    /** @param capacity the initial capacity */
    public StringBuffer(int capacity) {
        builder = new StringBuilder(capacity);
    }

    /** @param s the initial contents */
    public StringBuffer(String s) {
        builder = new StringBuilder(s);
    }

    /** @param s the initial contents */
    public StringBuffer(CharSequence s) {
        builder = new StringBuilder(s);
    }

    /** As {@link StringBuilder#append}. @return this */
    public StringBuffer append(Object o) {
        builder.append(o);
        return this;
    }

    /** As {@link StringBuilder#append}. @return this */
    public StringBuffer append(String s) {
        builder.append(s);
        return this;
    }

    /** As {@link StringBuilder#append}. @return this */
    public StringBuffer append(StringBuffer sb) {
        builder.append((CharSequence) sb);
        return this;
    }

    /** As {@link StringBuilder#append}. @return this */
    public StringBuffer append(CharSequence s) {
        builder.append(s);
        return this;
    }

    /** As {@link StringBuilder#append}. @return this */
    public StringBuffer append(CharSequence s, int start, int end) {
        builder.append(s, start, end);
        return this;
    }

    /** As {@link StringBuilder#append}. @return this */
    public StringBuffer append(char[] chars) {
        builder.append(chars);
        return this;
    }

    /** As {@link StringBuilder#append}. @return this */
    public StringBuffer append(char[] chars, int offset, int length) {
        builder.append(chars, offset, length);
        return this;
    }

    /** As {@link StringBuilder#append}. @return this */
    public StringBuffer append(boolean b) {
        builder.append(b);
        return this;
    }

    /** As {@link StringBuilder#append}. @return this */
    public StringBuffer append(char c) {
        builder.append(c);
        return this;
    }

    /** As {@link StringBuilder#append}. @return this */
    public StringBuffer append(int i) {
        builder.append(i);
        return this;
    }

    /** As {@link StringBuilder#append}. @return this */
    public StringBuffer append(long l) {
        builder.append(l);
        return this;
    }

    /** As {@link StringBuilder#append}. @return this */
    public StringBuffer append(float f) {
        builder.append(f);
        return this;
    }

    /** As {@link StringBuilder#append}. @return this */
    public StringBuffer append(double d) {
        builder.append(d);
        return this;
    }

    /** As {@link StringBuilder#appendCodePoint}. @return this */
    public StringBuffer appendCodePoint(int codePoint) {
        builder.appendCodePoint(codePoint);
        return this;
    }

    /** As {@link StringBuilder#delete}. @return this */
    public StringBuffer delete(int start, int end) {
        builder.delete(start, end);
        return this;
    }

    /** As {@link StringBuilder#deleteCharAt}. @return this */
    public StringBuffer deleteCharAt(int index) {
        builder.deleteCharAt(index);
        return this;
    }

    /** As {@link StringBuilder#replace}. @return this */
    public StringBuffer replace(int start, int end, String s) {
        builder.replace(start, end, s);
        return this;
    }

    /** As {@link StringBuilder#insert}. @return this */
    public StringBuffer insert(int index, char[] chars, int offset, int length) {
        builder.insert(index, chars, offset, length);
        return this;
    }

    /** As {@link StringBuilder#insert}. @return this */
    public StringBuffer insert(int offset, Object o) {
        builder.insert(offset, o);
        return this;
    }

    /** As {@link StringBuilder#insert}. @return this */
    public StringBuffer insert(int offset, String s) {
        builder.insert(offset, s);
        return this;
    }

    /** As {@link StringBuilder#insert}. @return this */
    public StringBuffer insert(int offset, char[] chars) {
        builder.insert(offset, chars);
        return this;
    }

    /** As {@link StringBuilder#insert}. @return this */
    public StringBuffer insert(int offset, CharSequence s) {
        builder.insert(offset, s);
        return this;
    }

    /** As {@link StringBuilder#insert}. @return this */
    public StringBuffer insert(int offset, CharSequence s, int start, int end) {
        builder.insert(offset, s, start, end);
        return this;
    }

    /** As {@link StringBuilder#insert}. @return this */
    public StringBuffer insert(int offset, boolean b) {
        builder.insert(offset, b);
        return this;
    }

    /** As {@link StringBuilder#insert}. @return this */
    public StringBuffer insert(int offset, char c) {
        builder.insert(offset, c);
        return this;
    }

    /** As {@link StringBuilder#insert}. @return this */
    public StringBuffer insert(int offset, int i) {
        builder.insert(offset, i);
        return this;
    }

    /** As {@link StringBuilder#insert}. @return this */
    public StringBuffer insert(int offset, long l) {
        builder.insert(offset, l);
        return this;
    }

    /** As {@link StringBuilder#insert}. @return this */
    public StringBuffer insert(int offset, float f) {
        builder.insert(offset, String.valueOf(f));
        return this;
    }

    /** As {@link StringBuilder#insert}. @return this */
    public StringBuffer insert(int offset, double d) {
        builder.insert(offset, String.valueOf(d));
        return this;
    }

    /** As {@link StringBuilder#reverse}. @return this */
    public StringBuffer reverse() {
        builder.reverse();
        return this;
    }

    @Override
    public int length() {
        return builder.length();
    }

    /** @return the capacity */
    public int capacity() {
        return builder.capacity();
    }

    /** @param minimum the capacity wanted */
    public void ensureCapacity(int minimum) {
        builder.ensureCapacity(minimum);
    }

    /** Shrinks the buffer to the contents. */
    public void trimToSize() {
        builder.trimToSize();
    }

    /** @param length the new length; a longer one pads with NUL characters */
    public void setLength(int length) {
        builder.setLength(length);
    }

    @Override
    public char charAt(int index) {
        return builder.charAt(index);
    }

    /** @param index a position @param c the new character */
    public void setCharAt(int index, char c) {
        builder.setCharAt(index, c);
    }

    /** As {@link StringBuilder#getChars}. */
    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        builder.getChars(srcBegin, srcEnd, dst, dstBegin);
    }

    /** @param s a string @return the first index of s, or -1 */
    public int indexOf(String s) {
        return builder.indexOf(s);
    }

    /** @param s a string @param from where to start @return the first index of s from there, or -1 */
    public int indexOf(String s, int from) {
        return builder.indexOf(s, from);
    }

    /** @param s a string @return the last index of s, or -1 */
    public int lastIndexOf(String s) {
        return builder.lastIndexOf(s);
    }

    /** @param s a string @param from where to start backwards @return the last index of s from there, or -1 */
    public int lastIndexOf(String s, int from) {
        return builder.lastIndexOf(s, from);
    }

    /** @param start first index @return the characters from there on */
    public String substring(int start) {
        return builder.substring(start);
    }

    /** @param start first index @param end index after the last @return the characters between */
    public String substring(int start, int end) {
        return builder.substring(start, end);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return builder.substring(start, end);
    }

    @Override
    public int compareTo(StringBuffer other) {
        return CharSequence.compare(this, other);
    }

    @Override
    public String toString() {
        return builder.toString();
    }
}
