package java.security;

/**
 * Moka's substitute for the JDK's message digest front end, which finds its engines through the
 * security providers (their configuration, properties and reflection). This one names the engines of
 * the JDK's {@code SUN} provider that compile on Moka, and their bytecode is the JDK's own: MD2, MD5,
 * SHA-1 and the SHA-2 family. SHA-3, whose engine reads bytes through a {@code VarHandle} of its own,
 * is not available: asking for it throws {@code NoSuchAlgorithmException}, as any unknown name does.
 */
public abstract class MessageDigest extends MessageDigestSpi {
    private final String algorithm;
    private boolean inProgress;

    /** @param algorithm the digest's standard name */
    protected MessageDigest(String algorithm) {
        this.algorithm = algorithm;
    }

    /**
     * @param algorithm a digest's standard name or alias, in any case
     * @return a new digest computing it
     * @throws NoSuchAlgorithmException when no available engine computes it
     */
    public static MessageDigest getInstance(String algorithm) throws NoSuchAlgorithmException {
        if (algorithm == null) {
            throw new NullPointerException("null algorithm name");
        }
        String canonical = canonicalName(algorithm);
        if (canonical == null) {
            throw new NoSuchAlgorithmException(algorithm + " MessageDigest not available");
        }
        // The name stays as the program gave it, as the JDK keeps it.
        return new Delegate(sun.security.provider.MokaDigests.engine(canonical), algorithm);
    }

    /** The standard names of the digests offered, each followed by its aliases (OIDs too). */
    private static final String[][] NAMES = {
        {"MD2", "1.2.840.113549.2.2"},
        {"MD5", "1.2.840.113549.2.5"},
        {"SHA-1", "SHA", "SHA1", "1.3.14.3.2.26"},
        {"SHA-224", "SHA224", "2.16.840.1.101.3.4.2.4"},
        {"SHA-256", "SHA256", "2.16.840.1.101.3.4.2.1"},
        {"SHA-384", "SHA384", "2.16.840.1.101.3.4.2.2"},
        {"SHA-512", "SHA512", "2.16.840.1.101.3.4.2.3"},
        {"SHA-512/224", "SHA512/224", "2.16.840.1.101.3.4.2.5"},
        {"SHA-512/256", "SHA512/256", "2.16.840.1.101.3.4.2.6"},
    };

    private static String canonicalName(String name) {
        String n = name.toUpperCase();
        if (n.startsWith("OID.")) {
            n = n.substring(4);
        }
        for (String[] names : NAMES) {
            for (String known : names) {
                if (known.equals(n)) {
                    return names[0];
                }
            }
        }
        return null;
    }

    /** @param input one byte more to digest */
    public void update(byte input) {
        engineUpdate(input);
        inProgress = true;
    }

    /**
     * @param input bytes @param offset the first to digest @param len how many
     * @throws IllegalArgumentException when the buffer is null or too short, with the JDK's messages
     */
    public void update(byte[] input, int offset, int len) {
        if (input == null) {
            throw new IllegalArgumentException("No input buffer given");
        }
        if (input.length - offset < len) {
            throw new IllegalArgumentException("Input buffer too short");
        }
        engineUpdate(input, offset, len);
        inProgress = true;
    }

    /** @param input bytes more to digest */
    public void update(byte[] input) {
        engineUpdate(input, 0, input.length);
        inProgress = true;
    }

    /** @return the digest of everything given since the last reset; the digest is reset */
    public byte[] digest() {
        byte[] result = engineDigest();
        inProgress = false;
        return result;
    }

    /**
     * @param buf where the digest goes @param offset where in it @param len the room there
     * @return the digest's length
     * @throws DigestException when it does not fit
     */
    public int digest(byte[] buf, int offset, int len) throws DigestException {
        if (buf == null) {
            throw new IllegalArgumentException("No output buffer given");
        }
        if (buf.length - offset < len) {
            throw new IllegalArgumentException("Output buffer too small for specified offset and length");
        }
        int numBytes = engineDigest(buf, offset, len);
        inProgress = false;
        return numBytes;
    }

    /** @param input bytes more to digest @return the digest of everything; the digest is reset */
    public byte[] digest(byte[] input) {
        update(input);
        return digest();
    }

    /** @return the JDK's description of the digest and its state */
    @Override
    public String toString() {
        return algorithm + " Message Digest from SUN, " + (inProgress ? "<in progress>" : "<initialized>") + "\n";
    }

    /**
     * Compares in time that depends only on the lengths, as the JDK does.
     *
     * @param digesta a digest or null @param digestb another or null @return whether they are equal
     */
    public static boolean isEqual(byte[] digesta, byte[] digestb) {
        if (digesta == digestb) {
            return true;
        }
        if (digesta == null || digestb == null) {
            return false;
        }
        if (digestb.length == 0) {
            return digesta.length == 0;
        }
        int difference = digesta.length - digestb.length;
        for (int i = 0; i < digesta.length; i++) {
            int indexB = i < digestb.length ? i : 0;
            difference |= digesta[i] ^ digestb[indexB];
        }
        return difference == 0;
    }

    /** Starts again, as if nothing had been given. */
    public void reset() {
        engineReset();
        inProgress = false;
    }

    /** @return the digest's standard name */
    public final String getAlgorithm() {
        return algorithm;
    }

    /** @return the digest's length in bytes */
    public final int getDigestLength() {
        return engineGetDigestLength();
    }

    /** A digest computed by an engine of the JDK's. */
    private static final class Delegate extends MessageDigest {
        private final MessageDigestSpi engine;

        Delegate(MessageDigestSpi engine, String algorithm) {
            super(algorithm);
            this.engine = engine;
        }

        @Override
        protected int engineGetDigestLength() {
            return engine.engineGetDigestLength();
        }

        @Override
        protected void engineUpdate(byte input) {
            engine.engineUpdate(input);
        }

        @Override
        protected void engineUpdate(byte[] input, int offset, int len) {
            engine.engineUpdate(input, offset, len);
        }

        @Override
        protected byte[] engineDigest() {
            return engine.engineDigest();
        }

        @Override
        protected int engineDigest(byte[] buf, int offset, int len) throws DigestException {
            return engine.engineDigest(buf, offset, len);
        }

        @Override
        protected void engineReset() {
            engine.engineReset();
        }
    }
}
