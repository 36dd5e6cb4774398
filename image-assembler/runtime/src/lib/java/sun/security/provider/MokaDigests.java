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
        if (canonical.equals("MD2")) {
            return new MD2();
        }
        if (canonical.equals("MD5")) {
            return new MD5();
        }
        if (canonical.equals("SHA-1")) {
            return new SHA();
        }
        if (canonical.equals("SHA-224")) {
            return new SHA2.SHA224();
        }
        if (canonical.equals("SHA-256")) {
            return new SHA2.SHA256();
        }
        if (canonical.equals("SHA-384")) {
            return new SHA5.SHA384();
        }
        if (canonical.equals("SHA-512")) {
            return new SHA5.SHA512();
        }
        if (canonical.equals("SHA-512/224")) {
            return new SHA5.SHA512_224();
        }
        if (canonical.equals("SHA-512/256")) {
            return new SHA5.SHA512_256();
        }
        throw new IllegalArgumentException(canonical);
    }
}
