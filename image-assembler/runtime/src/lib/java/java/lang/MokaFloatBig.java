package java.lang;

/**
 * Not JDK API: a non-negative integer of any size, for the exact conversions between binary floating
 * point and decimal text. The conversions need numbers up to about 2^3800 and only a handful of
 * operations, so this is a small mutable class rather than BigInteger: every operation changes the
 * receiver in place and returns it, which keeps the conversions free of temporary objects where they
 * loop.
 *
 * <p>Invariant: {@code limbs[0..length)} holds the value in base 2^32, least significant limb first,
 * and {@code limbs[length - 1] != 0} unless the value is zero ({@code length == 0}).
 */
final class MokaFloatBig {
    private static final long LIMB_MASK = 0xFFFFFFFFL;
    /** The largest power of ten that fits a positive int, for multiplying by ten in big steps. */
    private static final int TEN_TO_NINE = 1_000_000_000;

    private int[] limbs;
    private int length;

    /** @param value the initial value, read as unsigned */
    MokaFloatBig(long value) {
        limbs = new int[8];
        limbs[0] = (int) value;
        limbs[1] = (int) (value >>> 32);
        length = 2;
        normalize();
    }

    private MokaFloatBig(int[] limbs, int length) {
        this.limbs = limbs;
        this.length = length;
    }

    /** @return an independent copy */
    MokaFloatBig copy() {
        int[] copied = new int[limbs.length];
        for (int i = 0; i < length; i++) {
            copied[i] = limbs[i];
        }
        return new MokaFloatBig(copied, length);
    }

    /** @return whether the value is zero */
    boolean isZero() {
        return length == 0;
    }

    /** @return the number of bits up to and including the highest one bit (0 for zero) */
    int bitLength() {
        if (length == 0) {
            return 0;
        }
        return 32 * length - Integer.numberOfLeadingZeros(limbs[length - 1]);
    }

    /** @return the low 64 bits of the value */
    long lowLong() {
        long low = length > 0 ? limbs[0] & LIMB_MASK : 0;
        long high = length > 1 ? limbs[1] & LIMB_MASK : 0;
        return low | (high << 32);
    }

    /** @param factor a non-negative int @return this, multiplied by factor */
    MokaFloatBig multiplySmall(int factor) {
        long carry = 0;
        long f = factor & LIMB_MASK;
        for (int i = 0; i < length; i++) {
            long product = (limbs[i] & LIMB_MASK) * f + carry;
            limbs[i] = (int) product;
            carry = product >>> 32;
        }
        if (carry != 0) {
            ensureCapacity(length + 1);
            limbs[length++] = (int) carry;
        }
        normalize();
        return this;
    }

    /** @param addend a non-negative int @return this, increased by addend */
    MokaFloatBig addSmall(int addend) {
        long carry = addend & LIMB_MASK;
        for (int i = 0; i < length && carry != 0; i++) {
            long sum = (limbs[i] & LIMB_MASK) + carry;
            limbs[i] = (int) sum;
            carry = sum >>> 32;
        }
        if (carry != 0) {
            ensureCapacity(length + 1);
            limbs[length++] = (int) carry;
        }
        return this;
    }

    /** @param exponent a non-negative power @return this, multiplied by 10^exponent */
    MokaFloatBig multiplyPow10(int exponent) {
        int left = exponent;
        while (left >= 9) {
            multiplySmall(TEN_TO_NINE);
            left -= 9;
        }
        int factor = 1;
        for (int i = 0; i < left; i++) {
            factor *= 10;
        }
        return factor == 1 ? this : multiplySmall(factor);
    }

    /** @param bits a non-negative shift @return this, multiplied by 2^bits */
    MokaFloatBig shiftLeft(int bits) {
        if (length == 0 || bits == 0) {
            return this;
        }
        int limbShift = bits >>> 5;
        int bitShift = bits & 31;
        int newLength = length + limbShift + 1;
        ensureCapacity(newLength);
        if (bitShift == 0) {
            for (int i = length - 1; i >= 0; i--) {
                limbs[i + limbShift] = limbs[i];
            }
            limbs[length + limbShift] = 0;
        } else {
            limbs[length + limbShift] = limbs[length - 1] >>> (32 - bitShift);
            for (int i = length - 1; i > 0; i--) {
                limbs[i + limbShift] = (limbs[i] << bitShift) | (limbs[i - 1] >>> (32 - bitShift));
            }
            limbs[limbShift] = limbs[0] << bitShift;
        }
        for (int i = 0; i < limbShift; i++) {
            limbs[i] = 0;
        }
        length = newLength;
        normalize();
        return this;
    }

    /** @param other the addend @return this, increased by other */
    MokaFloatBig add(MokaFloatBig other) {
        int longest = Math.max(length, other.length);
        ensureCapacity(longest + 1);
        long carry = 0;
        for (int i = 0; i < longest; i++) {
            long mine = i < length ? limbs[i] & LIMB_MASK : 0;
            long theirs = i < other.length ? other.limbs[i] & LIMB_MASK : 0;
            long sum = mine + theirs + carry;
            limbs[i] = (int) sum;
            carry = sum >>> 32;
        }
        limbs[longest] = (int) carry;
        length = longest + 1;
        normalize();
        return this;
    }

    /** @param other a value not above this one @return this, decreased by other */
    MokaFloatBig subtract(MokaFloatBig other) {
        long borrow = 0;
        for (int i = 0; i < length; i++) {
            long theirs = i < other.length ? other.limbs[i] & LIMB_MASK : 0;
            long difference = (limbs[i] & LIMB_MASK) - theirs - borrow;
            limbs[i] = (int) difference;
            borrow = (difference >>> 63);
        }
        normalize();
        return this;
    }

    /**
     * Replaces this by its remainder modulo divisor, for a quotient known to be small (a decimal digit).
     *
     * @param divisor a positive value
     * @return the quotient
     */
    int divideSmallQuotient(MokaFloatBig divisor) {
        int quotient = 0;
        while (compareTo(divisor) >= 0) {
            subtract(divisor);
            quotient++;
        }
        return quotient;
    }

    /**
     * Replaces this by its remainder modulo divisor, for a quotient known to be below 2^63.
     *
     * @param divisor a positive value
     * @return the quotient
     */
    long divideLongQuotient(MokaFloatBig divisor) {
        long quotient = 0;
        for (int bit = 62; bit >= 0; bit--) {
            MokaFloatBig shifted = divisor.copy().shiftLeft(bit);
            if (compareTo(shifted) >= 0) {
                subtract(shifted);
                quotient |= 1L << bit;
            }
        }
        return quotient;
    }

    /** @param other a value @return negative, zero or positive as this is below, equal to or above other */
    int compareTo(MokaFloatBig other) {
        if (length != other.length) {
            return length < other.length ? -1 : 1;
        }
        for (int i = length - 1; i >= 0; i--) {
            if (limbs[i] != other.limbs[i]) {
                return Integer.compareUnsigned(limbs[i], other.limbs[i]);
            }
        }
        return 0;
    }

    /** @param a an addend @param b an addend @param c a value @return the sign of (a + b) - c */
    static int compareSum(MokaFloatBig a, MokaFloatBig b, MokaFloatBig c) {
        return a.copy().add(b).compareTo(c);
    }

    private void ensureCapacity(int needed) {
        if (needed > limbs.length) {
            int[] grown = new int[Math.max(needed, 2 * limbs.length)];
            for (int i = 0; i < length; i++) {
                grown[i] = limbs[i];
            }
            limbs = grown;
        }
    }

    private void normalize() {
        while (length > 0 && limbs[length - 1] == 0) {
            length--;
        }
    }
}
