package sun.nio.cs;

import java.nio.charset.Charset;

/**
 * Moka's substitute for the JDK's class of the ISO-8859-1 charset, whose instance JDK code reaches
 * directly ({@code Base64} decodes strings through it). It is the same object as
 * {@code StandardCharsets.ISO_8859_1}; conversions are {@code String}'s, as for every charset.
 */
public final class ISO_8859_1 extends Charset {
    /** The charset. */
    public static final ISO_8859_1 INSTANCE = (ISO_8859_1) Charset.forName("ISO-8859-1");

    /** @param aliases the charset's other names; only {@code Charset} makes the one instance */
    public ISO_8859_1(String[] aliases) {
        super("ISO-8859-1", aliases);
    }
}
