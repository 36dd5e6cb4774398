import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

public class CharsetsAndBytes {
    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(Integer.toHexString(b & 0xff)).append(' ');
        }
        return sb.toString().trim();
    }

    static String codes(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            sb.append(Integer.toHexString(s.charAt(i))).append(' ');
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) throws UnsupportedEncodingException {
        String[] texts = {"", "plain ascii", "caf\u00e9 na\u00efve", "\u20ac 5", "\u0416\u0438\u0437\u043d\u044c",
            "clef \uD834\uDD1E!", "lone \uD800 high", "lone \uDC00 low", "end \uD83D", "\u00ff\u0100"};
        Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII,
            StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE};
        for (String text : texts) {
            for (Charset cs : charsets) {
                byte[] bytes = text.getBytes(cs);
                System.out.println(cs + " [" + codes(text) + "] -> " + hex(bytes) + " -> [" + codes(new String(bytes, cs)) + "]");
            }
            System.out.println("default " + hex(text.getBytes()) + " " + text.getBytes("utf8").length + " "
                    + text.codePointCount(0, text.length()));
        }
        byte[][] malformed = {
            {(byte) 0x80}, {(byte) 0xc3}, {(byte) 0xc3, 0x28}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xe2, (byte) 0x82},
            {(byte) 0xe2, (byte) 0x82, 0x41}, {(byte) 0xe0, (byte) 0x80, (byte) 0xaf}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xf0, (byte) 0x9f, (byte) 0x98}, {(byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80},
            {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xff, 0x41, (byte) 0xfe}, {0x41, (byte) 0xe2, (byte) 0x82, (byte) 0xac, 0x42}, {(byte) 0xf0, 0x41},
            {(byte) 0xe1, (byte) 0x80, 0x41, 0x42}, {(byte) 0xf1, (byte) 0x80, (byte) 0x80}};
        for (byte[] bytes : malformed) {
            System.out.println(hex(bytes) + " utf-8 [" + codes(new String(bytes, StandardCharsets.UTF_8)) + "] ascii ["
                    + codes(new String(bytes, StandardCharsets.US_ASCII)) + "] latin1 [" + codes(new String(bytes, "ISO-8859-1"))
                    + "] utf-16 [" + codes(new String(bytes, StandardCharsets.UTF_16)) + "] utf-16le ["
                    + codes(new String(bytes, StandardCharsets.UTF_16LE)) + "]");
        }
        System.out.println(codes(new String(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41, 0x00}, StandardCharsets.UTF_16)));
        System.out.println(new String(new byte[] {0x68, 0x69, 0x21, 0x3f}, 1, 2) + new String("x\u00e9y".getBytes("latin1"), 1, 1, "latin1"));
        for (String name : new String[] {"UTF-8", "utf8", "Latin1", "US-ASCII", "ascii", "cp819", "UnicodeBig", "x-UTF-16LE"}) {
            Charset cs = Charset.forName(name);
            System.out.println(name + " -> " + cs + " " + cs.name() + " " + cs.displayName() + " " + Charset.isSupported(name)
                    + " " + cs.equals(Charset.forName(cs.name())) + " " + (cs.hashCode() == cs.name().hashCode()));
        }
        System.out.println(Charset.defaultCharset() + " " + Charset.forName("no-such-charset", StandardCharsets.US_ASCII)
                + " " + Charset.forName("bad name!", null) + " " + Charset.isSupported("KOI8-X"));
        String[] badNames = {"no-such-charset", "bad name!", "", "-dash"};
        for (String name : badNames) {
            try {
                Charset.forName(name);
            } catch (IllegalArgumentException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
            try {
                "x".getBytes(name);
            } catch (UnsupportedEncodingException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
        }
        try {
            new String(new byte[3], 2, 5, StandardCharsets.UTF_8);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        String s = "a\uD834\uDD1Eb";
        System.out.println(s.codePointCount(0, 4) + " " + s.codePointCount(1, 2) + " " + s.codePointBefore(3) + " " + s.codePointBefore(2)
                + " " + s.codePointAt(1) + " " + new String(Character.toChars(0x1F600)).length() + " "
                + (int) Character.highSurrogate(0x1F600) + " " + (int) Character.lowSurrogate(0x1F600));
        try {
            s.codePointCount(2, 9);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
