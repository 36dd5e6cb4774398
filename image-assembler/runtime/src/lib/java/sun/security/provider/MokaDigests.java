package sun.security.provider;

import java.security.MessageDigestSpi;

/** Not JDK API: the digest engines of the JDK's {@code SUN} provider that Moka's {@code MessageDigest} offers. */
public final class MokaDigests {
    private MokaDigests() {
    }

    /**
     * @param canonical a standard name {@code MessageDigest} has checked
     * @return a new engine computing that digest
     */
    public static MessageDigestSpi engine(String canonical) {
        return switch (canonical) {
            case "MD2" -> new MD2();
            case "SHA-1" -> new SHA();
            case "SHA-224" -> new SHA2.SHA224();
            case "SHA-256" -> new SHA2.SHA256();
            case "SHA-384" -> new SHA5.SHA384();
            case "SHA-512" -> new SHA5.SHA512();
            case "SHA-512/224" -> new SHA5.SHA512_224();
            case "SHA-512/256" -> new SHA5.SHA512_256();
            default -> throw new IllegalArgumentException(canonical);
        };
    }
}
