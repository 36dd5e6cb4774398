package java.io;

/** Reads the characters of a string, as the JDK's StringReader. */
public class StringReader extends Reader {
    private final String text;
    private int next;

    /** @param s the characters */
    public StringReader(String s) {
        this.text = s;
    }

    @Override
    public int read() {
        return next < text.length() ? text.charAt(next++) : -1;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
        checkRange(cbuf, off, len);
        if (len == 0) {
            return 0;
        }
        if (next >= text.length()) {
            return -1;
        }
        int n = Math.min(len, text.length() - next);
        text.getChars(next, next + n, cbuf, off);
        next += n;
        return n;
    }

    @Override
    public boolean ready() {
        return true;
    }

    @Override
    public void close() {
    }
}
