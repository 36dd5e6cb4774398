package dev.moka.kernel.ipc.schemes;

/**
 * {@code rand:}: reads give pseudo-random bytes from a xorshift64* generator; writes stir the
 * written bytes into its state. <strong>Not cryptographic:</strong> the sequence follows from the
 * seed, and a reader who sees a few outputs can predict the rest. It serves simulations and tests,
 * and being seeded it replays exactly; keys need an entropy source this kernel does not have yet.
 */
public final class RandScheme extends DeviceScheme {
    private long state;

    /** @param seed the generator's seed; 0 is replaced by a fixed non-zero value, which xorshift needs */
    public RandScheme(long seed) {
        state = seed == 0 ? 0x9E37_79B9_7F4A_7C15L : seed;
    }

    @Override
    long readDevice(byte[] buffer, int offset, int length) {
        int i = 0;
        while (i < length) {
            long word = next();
            for (int b = 0; b < 8 && i < length; b++, i++) {
                buffer[offset + i] = (byte) (word >> (8 * b));
            }
        }
        return length;
    }

    @Override
    long writeDevice(byte[] buffer, int offset, int length) {
        for (int i = 0; i < length; i++) {
            state ^= (long) (buffer[offset + i] & 0xFF) << (8 * (i & 7));
            if ((i & 7) == 7) {
                next();
            }
        }
        if (state == 0) {
            state = 0x9E37_79B9_7F4A_7C15L;
        }
        next();
        return length;
    }

    private long next() {
        long x = state;
        x ^= x >>> 12;
        x ^= x << 25;
        x ^= x >>> 27;
        state = x;
        return x * 0x2545_F491_4F6C_DD1DL;
    }
}
