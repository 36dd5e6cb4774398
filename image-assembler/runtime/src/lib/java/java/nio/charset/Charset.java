package java.nio.charset;

import java.util.Set;

/**
 * A named mapping between characters and bytes. Moka provides the six standard charsets (see
 * {@link StandardCharsets}) under their canonical names and the JDK's aliases; the conversions
 * themselves are {@code String.getBytes} and the {@code String} constructors, which follow the JDK's
 * replacement rules for malformed input and unmappable characters.
 */
public class Charset implements Comparable<Charset> {
    private static final String[][] KNOWN = {
        {"UTF-8", "UTF8", "unicode-1-1-utf-8"},
        {"US-ASCII", "iso-ir-6", "ANSI_X3.4-1986", "ISO_646.irv:1991", "ASCII", "ISO646-US", "us", "IBM367", "cp367",
            "csASCII", "default", "646", "iso_646.irv:1983", "ANSI_X3.4-1968", "ascii7"},
        {"ISO-8859-1", "iso-ir-100", "ISO_8859-1", "latin1", "l1", "IBM819", "cp819", "csISOLatin1", "819", "IBM-819",
            "ISO8859_1", "ISO_8859-1:1987", "ISO_8859_1", "8859_1", "ISO8859-1"},
        {"UTF-16BE", "UTF_16BE", "ISO-10646-UCS-2", "X-UTF-16BE", "UnicodeBigUnmarked"},
        {"UTF-16LE", "UTF_16LE", "X-UTF-16LE", "UnicodeLittleUnmarked"},
        {"UTF-16", "UTF_16", "utf16", "unicode", "UnicodeBig"},
    };
    private static final Charset[] CHARSETS = new Charset[KNOWN.length];

    private final String name;
    private final String[] aliases;

    /**
     * @param canonicalName the charset's name
     * @param aliases       other names it is known by
     */
    protected Charset(String canonicalName, String[] aliases) {
        checkName(canonicalName);
        this.name = canonicalName;
        this.aliases = aliases == null ? new String[0] : aliases.clone();
    }

    /**
     * @param charsetName a canonical name or an alias, in any case
     * @return the charset
     * @throws IllegalCharsetNameException when the name is not a legal charset name
     * @throws UnsupportedCharsetException when no such charset is available
     */
    public static Charset forName(String charsetName) {
        Charset found = lookup(charsetName);
        if (found == null) {
            throw new UnsupportedCharsetException(charsetName);
        }
        return found;
    }

    /**
     * @param charsetName a canonical name or an alias, in any case
     * @param fallback what to return when it is not available
     * @return the charset, or the fallback
     */
    public static Charset forName(String charsetName, Charset fallback) {
        if (charsetName != null && !isLegalName(charsetName)) {
            return fallback;
        }
        Charset found = lookup(charsetName);
        return found == null ? fallback : found;
    }

    /** @param charsetName a name @return whether a charset of that name is available */
    public static boolean isSupported(String charsetName) {
        return lookup(charsetName) != null;
    }

    /** @return UTF-8, the default charset of Java 18 and later */
    public static Charset defaultCharset() {
        return forName("UTF-8");
    }

    private static Charset lookup(String charsetName) {
        if (charsetName == null) {
            throw new IllegalArgumentException("Null charset name");
        }
        checkName(charsetName);
        for (int i = 0; i < KNOWN.length; i++) {
            for (String known : KNOWN[i]) {
                if (known.equalsIgnoreCase(charsetName)) {
                    if (CHARSETS[i] == null) {
                        String[] aliases = new String[KNOWN[i].length - 1];
                        System.arraycopy(KNOWN[i], 1, aliases, 0, aliases.length);
                        // The JDK's ISO-8859-1 is an instance of its own class, which JDK code names.
                        CHARSETS[i] = i == 2 ? new sun.nio.cs.ISO_8859_1(aliases) : new Charset(KNOWN[i][0], aliases);
                    }
                    return CHARSETS[i];
                }
            }
        }
        return null;
    }

    /** The JDK's rule: letters, digits and {@code - + : _ .}, starting with a letter or digit. */
    private static void checkName(String name) {
        if (!isLegalName(name)) {
            throw new IllegalCharsetNameException(name);
        }
    }

    private static boolean isLegalName(String name) {
        int n = name.length();
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || i > 0 && (c == '-' || c == '+' || c == ':' || c == '_' || c == '.');
            if (!ok) {
                return false;
            }
        }
        return n > 0;
    }

    /** @return the canonical name */
    public final String name() {
        return name;
    }

    /** @return the name to show, the canonical name */
    public String displayName() {
        return name;
    }

    /** @return the other names of this charset */
    public final Set<String> aliases() {
        return Set.of(aliases);
    }

    /** @return true: every charset here is registered with IANA */
    public final boolean isRegistered() {
        return true;
    }

    /** @return true: every charset here can encode */
    public boolean canEncode() {
        return true;
    }

    @Override
    public final int compareTo(Charset other) {
        return name.compareToIgnoreCase(other.name);
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof Charset c && name.equals(c.name);
    }

    @Override
    public final int hashCode() {
        return name.hashCode();
    }

    @Override
    public final String toString() {
        return name;
    }
}
