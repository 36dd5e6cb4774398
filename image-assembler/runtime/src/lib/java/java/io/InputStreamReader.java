package java.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of an input stream into characters, as the JDK's InputStreamReader: UTF-8
 * unless told otherwise, malformed input replaced by U+FFFD. Bytes are decoded a block at a time; a
 * character whose bytes straddle two blocks waits for the rest.
 */
public class InputStreamReader extends Reader {
    private final InputStream in;
    private final Charset charset;
    private final byte[] bytes = new byte[8192];
    private int pending;
    private char[] chars = new char[0];
    private int next;
    private boolean ended;

    /** @param in the bytes, UTF-8 */
    public InputStreamReader(InputStream in) {
        this(in, StandardCharsets.UTF_8);
    }

    /** @param in the bytes @param charset their charset */
    public InputStreamReader(InputStream in, Charset charset) {
        if (charset == null) {
            throw new NullPointerException("charset");
        }
        this.in = in;
        this.charset = charset;
    }

    /**
     * @param in the bytes @param charsetName their charset's name
     * @throws UnsupportedEncodingException when no charset has that name
     */
    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        Charset found = Charset.forName(charsetName, null);
        if (found == null) {
            throw new UnsupportedEncodingException(charsetName);
        }
        this.in = in;
        this.charset = found;
    }

    /** @return the charset's historical name, as the JDK gives it here ({@code UTF8} for UTF-8) */
    public String getEncoding() {
        String name = charset.name();
        if (name.equals("UTF-8")) {
            return "UTF8";
        } else if (name.equals("ISO-8859-1")) {
            return "ISO8859_1";
        } else if (name.equals("US-ASCII")) {
            return "ASCII";
        } else if (name.equals("UTF-16BE")) {
            return "UnicodeBigUnmarked";
        } else if (name.equals("UTF-16LE")) {
            return "UnicodeLittleUnmarked";
        }
        return name;
    }

    /** Decodes the next block; false at the end of the input with nothing left. */
    private boolean fill() throws IOException {
        while (next >= chars.length) {
            if (ended) {
                return false;
            }
            int n = in.read(bytes, pending, bytes.length - pending);
            int available = pending + Math.max(n, 0);
            int complete = n < 0 ? available : completeLength(available);
            ended = n < 0;
            chars = new String(bytes, 0, complete, charset).toCharArray();
            next = 0;
            pending = available - complete;
            System.arraycopy(bytes, complete, bytes, 0, pending);
            if (ended && pending == 0 && chars.length == 0) {
                return false;
            }
        }
        return true;
    }

    /** How many of the first {@code length} bytes form whole characters; the rest waits for more input. */
    private int completeLength(int length) {
        String name = charset.name();
        if (name.equals("UTF-8")) {
            for (int back = 1; back <= 3 && back <= length; back++) {
                int b = bytes[length - back] & 0xff;
                if (b >= 0xc0) {
                    int needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
                    return needed > back ? length - back : length;
                }
                if (b < 0x80) {
                    return length;
                }
            }
            return length;
        }
        if (name.startsWith("UTF-16")) {
            int whole = length & ~1;
            if (whole >= 2) {
                boolean little = name.equals("UTF-16LE");
                int unit = little ? (bytes[whole - 1] & 0xff) << 8 | bytes[whole - 2] & 0xff
                        : (bytes[whole - 2] & 0xff) << 8 | bytes[whole - 1] & 0xff;
                if (unit >= 0xd800 && unit <= 0xdbff) {
                    return whole - 2;
                }
            }
            return whole;
        }
        return length;
    }

    @Override
    public int read() throws IOException {
        return fill() ? chars[next++] : -1;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        checkRange(cbuf, off, len);
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, chars.length - next);
        System.arraycopy(chars, next, cbuf, off, n);
        next += n;
        return n;
    }

    @Override
    public boolean ready() throws IOException {
        return next < chars.length || in.available() > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
