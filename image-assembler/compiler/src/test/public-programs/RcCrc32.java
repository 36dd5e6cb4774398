// Source: Rosetta Code, "CRC-32".
import java.util.zip.CRC32;

public class RcCrc32 {
    public static void main(String[] args) {
        CRC32 crc = new CRC32();
        crc.update("The quick brown fox jumps over the lazy dog".getBytes());
        System.out.println(Long.toHexString(crc.getValue()));
    }
}
