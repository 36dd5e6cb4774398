package java.lang;

/** An immutable sequence of UTF-16 code units, with the JVM's hashCode, equals and compareTo. */
public final class String implements Comparable<String>, CharSequence {
    private final char[] value;
    private int hash;

    /** Creates the empty string. */
    public String() {
        value = new char[0];
    }

    /** @param chars the characters, copied */
    public String(char[] chars) {
        this(chars, 0, chars.length);
    }

    /** @param chars source @param offset first index @param count how many */
    public String(char[] chars, int offset, int count) {
        value = new char[count];
        for (int i = 0; i < count; i++) {
            value[i] = chars[offset + i];
        }
    }

    /** @return the number of UTF-16 code units */
    public int length() {
        return value.length;
    }

    /** @return whether the length is zero */
    public boolean isEmpty() {
        return value.length == 0;
    }

    /** @param index position @return the code unit there */
    public char charAt(int index) {
        if (index < 0 || index >= value.length) {
            throw new StringIndexOutOfBoundsException("Index " + index + " out of bounds for length " + value.length);
        }
        return value[index];
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

    /** @param prefix a prefix @return whether this string starts with it */
    public boolean startsWith(String prefix) {
        if (prefix.value.length > value.length) {
            return false;
        }
        for (int i = 0; i < prefix.value.length; i++) {
            if (value[i] != prefix.value[i]) {
                return false;
            }
        }
        return true;
    }

    /** @param c a code unit @return the first index of it, or -1 */
    public int indexOf(int c) {
        for (int i = 0; i < value.length; i++) {
            if (value[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** @param begin first index @return the rest of the string from there */
    public String substring(int begin) {
        return substring(begin, value.length);
    }

    /** @param begin first index @param end index after the last @return that part of the string */
    public String substring(int begin, int end) {
        if (begin < 0 || end > value.length || begin > end) {
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + value.length);
        }
        return new String(value, begin, end - begin);
    }

    /** @param other appended @return the concatenation */
    public String concat(String other) {
        char[] both = new char[value.length + other.value.length];
        for (int i = 0; i < value.length; i++) {
            both[i] = value[i];
        }
        for (int i = 0; i < other.value.length; i++) {
            both[value.length + i] = other.value[i];
        }
        return new String(both);
    }

    /** @return a new array with the characters */
    public char[] toCharArray() {
        return new String(value).value;
    }

    @Override
    public String toString() {
        return this;
    }

    /** @param o any object @return "null" or its toString */
    public static String valueOf(Object o) {
        return o == null ? "null" : o.toString();
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
        for (int i = 0; i < value.length; i++) {
            dest[at + i] = value[i];
        }
    }
}
