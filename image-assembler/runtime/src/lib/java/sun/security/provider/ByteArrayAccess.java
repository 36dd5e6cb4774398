package sun.security.provider;

/**
 * Moka's substitute for the JDK's conversions between byte arrays and int or long arrays, which the
 * JDK's digest engines use and the JDK does through byte-array {@code VarHandle}s: the same
 * conversions by shifts. {@code len} counts bytes, as in the JDK's.
 */
final class ByteArrayAccess {
    private ByteArrayAccess() {
    }

    private static int intBig(byte[] in, int i) {
        return (in[i] << 24) | ((in[i + 1] & 0xff) << 16) | ((in[i + 2] & 0xff) << 8) | (in[i + 3] & 0xff);
    }

    /**
     * What the JDK's {@code LE.INT_ARRAY.get(in, i)} reads: the compiler calls this in its place
     * ({@code front.JdkSubstitutions}).
     *
     * @param in bytes @param i where the four bytes start @return them as a little-endian int
     */
    static int getIntLittle(byte[] in, int i) {
        return intLittle(in, i);
    }

    private static int intLittle(byte[] in, int i) {
        return (in[i] & 0xff) | ((in[i + 1] & 0xff) << 8) | ((in[i + 2] & 0xff) << 16) | (in[i + 3] << 24);
    }

    private static long longBig(byte[] in, int i) {
        return ((long) intBig(in, i) << 32) | (intBig(in, i + 4) & 0xffffffffL);
    }

    private static long longLittle(byte[] in, int i) {
        return (intLittle(in, i) & 0xffffffffL) | ((long) intLittle(in, i + 4) << 32);
    }

    static void b2iLittle(byte[] in, int inOfs, int[] out, int outOfs, int len) {
        for (int i = inOfs; i < inOfs + len; i += 4) {
            out[outOfs++] = intLittle(in, i);
        }
    }

    static void b2iLittle64(byte[] in, int inOfs, int[] out) {
        b2iLittle(in, inOfs, out, 0, 64);
    }

    static void i2bLittle(int[] in, int inOfs, byte[] out, int outOfs, int len) {
        for (int o = outOfs; o < outOfs + len; o += 4) {
            i2bLittle4(in[inOfs++], out, o);
        }
    }

    static void i2bLittle4(int val, byte[] out, int outOfs) {
        out[outOfs] = (byte) val;
        out[outOfs + 1] = (byte) (val >> 8);
        out[outOfs + 2] = (byte) (val >> 16);
        out[outOfs + 3] = (byte) (val >> 24);
    }

    static void b2iBig(byte[] in, int inOfs, int[] out, int outOfs, int len) {
        for (int i = inOfs; i < inOfs + len; i += 4) {
            out[outOfs++] = intBig(in, i);
        }
    }

    static void b2iBig64(byte[] in, int inOfs, int[] out) {
        b2iBig(in, inOfs, out, 0, 64);
    }

    static void i2bBig(int[] in, int inOfs, byte[] out, int outOfs, int len) {
        for (int o = outOfs; o < outOfs + len; o += 4) {
            i2bBig4(in[inOfs++], out, o);
        }
    }

    static void i2bBig4(int val, byte[] out, int outOfs) {
        out[outOfs] = (byte) (val >> 24);
        out[outOfs + 1] = (byte) (val >> 16);
        out[outOfs + 2] = (byte) (val >> 8);
        out[outOfs + 3] = (byte) val;
    }

    static void b2lBig(byte[] in, int inOfs, long[] out, int outOfs, int len) {
        for (int i = inOfs; i < inOfs + len; i += 8) {
            out[outOfs++] = longBig(in, i);
        }
    }

    static void b2lBig128(byte[] in, int inOfs, long[] out) {
        b2lBig(in, inOfs, out, 0, 128);
    }

    static void l2bBig(long[] in, int inOfs, byte[] out, int outOfs, int len) {
        for (int o = outOfs; o < outOfs + len; o += 8) {
            long v = in[inOfs++];
            i2bBig4((int) (v >>> 32), out, o);
            i2bBig4((int) v, out, o + 4);
        }
    }

    static void b2lLittle(byte[] in, int inOfs, long[] out, int outOfs, int len) {
        for (int i = inOfs; i < inOfs + len; i += 8) {
            out[outOfs++] = longLittle(in, i);
        }
    }

    static void l2bLittle(long[] in, int inOfs, byte[] out, int outOfs, int len) {
        for (int o = outOfs; o < outOfs + len; o += 8) {
            long v = in[inOfs++];
            i2bLittle4((int) v, out, o);
            i2bLittle4((int) (v >>> 32), out, o + 4);
        }
    }
}
