package java.nio.charset;

/** The charsets every Java implementation supports. */
public final class StandardCharsets {
    /** Seven-bit ASCII. */
    public static final Charset US_ASCII = Charset.forName("US-ASCII");
    /** ISO Latin alphabet No. 1. */
    public static final Charset ISO_8859_1 = Charset.forName("ISO-8859-1");
    /** Eight-bit UCS Transformation Format. */
    public static final Charset UTF_8 = Charset.forName("UTF-8");
    /** Sixteen-bit UCS Transformation Format, big-endian. */
    public static final Charset UTF_16BE = Charset.forName("UTF-16BE");
    /** Sixteen-bit UCS Transformation Format, little-endian. */
    public static final Charset UTF_16LE = Charset.forName("UTF-16LE");
    /** Sixteen-bit UCS Transformation Format, byte order given by a byte-order mark. */
    public static final Charset UTF_16 = Charset.forName("UTF-16");

    private StandardCharsets() {
    }
}
