package java.math;

import java.util.concurrent.RecursiveTask;

/**
 * Moka's substitute for the JDK's {@code BigInteger.RecursiveOp}, the fork/join task through which
 * Toom-Cook multiplication and squaring compute their partial products. The JDK's asks the common pool
 * and {@code Thread} whether to fork; Moka's images have one thread of program code, where the JDK
 * would not fork either, so this one computes each partial product when it is joined, through
 * {@code BigInteger}'s public multiplication. The products are the same: the JDK's recursive call
 * differs only in skipping the overflow check, which a partial product of a valid product passes.
 */
final class BigInteger$RecursiveOp {
    private BigInteger$RecursiveOp() {
    }

    static RecursiveTask<BigInteger> multiply(BigInteger a, BigInteger b, boolean parallel, int depth) {
        return new Product(a, b);
    }

    static RecursiveTask<BigInteger> square(BigInteger a, boolean parallel, int depth) {
        return new Product(a, a);
    }

    /** One partial product. */
    private static final class Product extends RecursiveTask<BigInteger> {
        private final BigInteger a;
        private final BigInteger b;

        Product(BigInteger a, BigInteger b) {
            this.a = a;
            this.b = b;
        }

        @Override
        protected BigInteger compute() {
            return a.multiply(b);
        }
    }
}
