package java.lang;

/** A growable character buffer; string concatenation compiles to it. */
public final class StringBuilder implements CharSequence {
    private char[] buffer;
    private int count;

    /** Creates an empty builder. */
    public StringBuilder() {
        buffer = new char[16];
    }

    /** @param s initial contents */
    public StringBuilder(String s) {
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
            for (int i = 0; i < count; i++) {
                bigger[i] = buffer[i];
            }
            buffer = bigger;
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

    /** @param c appended @return this */
    public StringBuilder append(char c) {
        ensure(1);
        buffer[count++] = c;
        return this;
    }

    /** @param i appended in decimal @return this */
    public StringBuilder append(int i) {
        return append(Integer.toString(i));
    }

    /** @param l appended in decimal @return this */
    public StringBuilder append(long l) {
        return append(Long.toString(l));
    }

    /** @param b appended as true/false @return this */
    public StringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    @Override
    public int length() {
        return count;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= count) {
            throw new StringIndexOutOfBoundsException("index " + index + ",length " + count);
        }
        return buffer[index];
    }

    /** @param length new length; extra chars are zero */
    public void setLength(int length) {
        ensure(length - count > 0 ? length - count : 0);
        for (int i = count; i < length; i++) {
            buffer[i] = 0;
        }
        count = length;
    }

    @Override
    public String toString() {
        return new String(buffer, 0, count);
    }
}
