import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;

/** Base64, CRC-32 and message digests, computed by the JDK's own bytecode. */
public class JdkCodecsAndDigests {
    static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        return s.toString();
    }

    public static void main(String[] args) throws Exception {
        byte[] text = "Many hands make light work. \u00e9\u20ac".getBytes(StandardCharsets.UTF_8);
        for (int n = 0; n <= 5; n++) {
            byte[] part = Arrays.copyOf(text, n);
            System.out.print(Base64.getEncoder().encodeToString(part) + " "
                    + Base64.getEncoder().withoutPadding().encodeToString(part) + " | ");
        }
        System.out.println();
        String encoded = Base64.getEncoder().encodeToString(text);
        System.out.println(encoded + " " + new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
        byte[] binary = new byte[64];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 37 + 250);
        }
        String url = Base64.getUrlEncoder().encodeToString(binary);
        System.out.println(url + " " + Arrays.equals(binary, Base64.getUrlDecoder().decode(url)));
        String mime = Base64.getMimeEncoder().encodeToString(Arrays.copyOf(binary, 200));
        System.out.println(mime.replace("\r\n", "~") + " " + Base64.getMimeDecoder().decode(mime).length);
        try {
            Base64.getDecoder().decode("abc$");
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }

        CRC32 crc = new CRC32();
        System.out.println(crc.getValue());
        crc.update(text);
        System.out.println(Long.toHexString(crc.getValue()));
        crc.update(65);
        crc.update(binary, 10, 20);
        System.out.println(Long.toHexString(crc.getValue()));
        crc.reset();
        crc.update("123456789".getBytes(StandardCharsets.US_ASCII));
        System.out.println(Long.toHexString(crc.getValue()));

        for (String algorithm : new String[] {"SHA-1", "SHA-224", "SHA-256", "sha-384", "SHA-512", "SHA-512/256", "MD2", "MD5", "md5", "SHA1"}) {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            System.out.println(md.getAlgorithm() + " " + md.getDigestLength() + " " + hex(md.digest("abc".getBytes(StandardCharsets.US_ASCII))));
            for (int i = 0; i < 1000; i++) {
                md.update(binary, i % 7, 50);
                md.update((byte) i);
            }
            System.out.println(hex(md.digest()));
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        System.out.println(sha + "|" + MessageDigest.isEqual(sha.digest(text), MessageDigest.getInstance("SHA-256").digest(text)));
        try {
            MessageDigest.getInstance("NO-SUCH-DIGEST");
        } catch (NoSuchAlgorithmException e) {
            System.out.println("NoSuchAlgorithmException: " + e.getMessage());
        }
    }
}
