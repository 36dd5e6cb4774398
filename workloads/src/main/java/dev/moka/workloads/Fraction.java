package dev.moka.workloads;

/** Decimal fractions with integer arithmetic only (kernel code has no floating point). */
final class Fraction {
    private Fraction() {
    }

    /**
     * @param part  the part, 0..whole
     * @param whole the whole; 0 gives {@code 0.000}
     * @return {@code part / whole} rounded down to three decimals, such as {@code 0.333} or {@code 1.000}
     */
    static String thousandths(long part, long whole) {
        long milli = whole == 0 ? 0 : part * 1000 / whole;
        long fraction = milli % 1000;
        String digits = fraction < 10 ? "00" + fraction : fraction < 100 ? "0" + fraction : "" + fraction;
        return (milli / 1000) + "." + digits;
    }
}
