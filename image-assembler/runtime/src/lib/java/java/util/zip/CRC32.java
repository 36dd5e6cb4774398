package java.util.zip;

/**
 * Moka's substitute for the JDK's CRC-32, whose checksum loops are native (zlib) or intrinsic: the
 * state and the two loops in Java, table-driven over the same polynomial. The JDK's own bytecode
 * supplies every other member ({@code update(byte[], int, int)}, {@code getValue}, {@code reset}...)
 * and drives these.
 */
public class CRC32 implements Checksum {
    private static final int[] TABLE = table();

    private int crc;

    /** Starts a checksum of no bytes. */
    public CRC32() {
    }

    /** @param b a byte, in the low eight bits */
    @Override
    public void update(int b) {
        crc = update(crc, b);
    }

    @Override
    public native void update(byte[] b, int off, int len);

    @Override
    public native void reset();

    @Override
    public native long getValue();

    private static int update(int crc, int b) {
        int c = ~crc;
        c = TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        return ~c;
    }

    private static int updateBytes0(int crc, byte[] b, int off, int len) {
        int c = ~crc;
        for (int i = off; i < off + len; i++) {
            c = TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
        }
        return ~c;
    }

    private static int[] table() {
        int[] t = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            t[n] = c;
        }
        return t;
    }
}
