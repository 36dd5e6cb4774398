import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** BigInteger and BigDecimal, compiled from the JDK's own bytecode: arithmetic small and huge, conversions, rounding, errors. */
public class JdkBigNumbers {
    public static void main(String[] args) {
        BigInteger a = new BigInteger("123456789012345678901234567890");
        BigInteger b = BigInteger.valueOf(-987654321L);
        System.out.println(a.add(b) + " " + a.subtract(b) + " " + a.multiply(b));
        System.out.println(a.divide(b) + " " + a.remainder(b) + " " + a.mod(BigInteger.valueOf(97)));
        BigInteger[] qr = a.divideAndRemainder(BigInteger.valueOf(1_000_000_007));
        System.out.println(qr[0] + " r " + qr[1]);
        System.out.println(a.gcd(BigInteger.valueOf(1234567890)) + " " + a.negate().abs().equals(a) + " " + a.signum() + b.signum());
        System.out.println(a.pow(5).bitLength() + " " + a.bitCount() + " " + a.getLowestSetBit() + " " + a.testBit(3));
        System.out.println(a.shiftLeft(70) + " " + a.shiftRight(33) + " " + b.shiftRight(3) + " " + b.not() + " " + a.and(b) + " " + a.xor(b));
        System.out.println(a.toString(16) + " " + a.toString(2).length() + " " + new BigInteger("-zz1", 36) + " " + b.toString(7));
        System.out.println(BigInteger.TWO.modPow(BigInteger.valueOf(1000), BigInteger.valueOf(1_000_000_007)) + " "
                + BigInteger.valueOf(17).modInverse(BigInteger.valueOf(3120)) + " " + a.sqrt());
        System.out.println(a.compareTo(b) + " " + a.max(b) + " " + a.min(b) + " " + a.hashCode() + " " + b.hashCode());
        System.out.println(a.longValue() + " " + a.intValue() + " " + a.doubleValue() + " " + b.floatValue());
        System.out.println(java.util.Arrays.toString(b.toByteArray()) + " " + new BigInteger(new byte[] {1, 0, -1}));
        // Products large enough for Karatsuba and Toom-Cook, squares, and the long division and
        // conversion algorithms for numbers of thousands of digits.
        BigInteger big = BigInteger.ONE;
        for (int i = 1; i <= 3000; i++) {
            big = big.multiply(BigInteger.valueOf(i));
        }
        String digits = big.toString();
        System.out.println(digits.length() + " " + digits.substring(0, 30) + " " + big.bitLength());
        BigInteger square = big.multiply(big);
        BigInteger other = big.add(BigInteger.ONE).multiply(big.subtract(BigInteger.ONE));
        System.out.println(square.subtract(other) + " " + square.bitLength() + " " + square.divide(big).equals(big)
                + " " + big.pow(3).mod(BigInteger.valueOf(999_999_937)));
        System.out.println(big.sqrt().toString().substring(0, 25) + " " + big.isProbablePrime(20)
                + " " + BigInteger.valueOf(1_000_000_007).isProbablePrime(30));

        BigDecimal x = new BigDecimal("1234.5678");
        BigDecimal y = new BigDecimal("-0.0305");
        System.out.println(x.add(y) + " " + x.subtract(y) + " " + x.multiply(y) + " " + x.negate() + " " + y.abs());
        System.out.println(x.divide(new BigDecimal("8")) + " " + x.divide(new BigDecimal("3"), 10, RoundingMode.HALF_UP)
                + " " + x.divide(new BigDecimal("7"), MathContext.DECIMAL64));
        for (RoundingMode mode : RoundingMode.values()) {
            if (mode != RoundingMode.UNNECESSARY) {
                System.out.print(mode + "=" + new BigDecimal("-2.345").setScale(2, mode) + " ");
            }
        }
        System.out.println();
        System.out.println(new BigDecimal("1E+5") + " " + new BigDecimal("1E+5").toPlainString() + " "
                + new BigDecimal("0.000001234") + " " + new BigDecimal("0.0000001234") + " " + new BigDecimal("120.500").stripTrailingZeros());
        System.out.println(x.scale() + " " + x.precision() + " " + x.unscaledValue() + " " + x.compareTo(y) + " "
                + new BigDecimal("2.0").equals(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").compareTo(new BigDecimal("2.00")));
        System.out.println(BigDecimal.valueOf(0.1) + " " + new BigDecimal(0.1) + " " + BigDecimal.valueOf(12345, 3)
                + " " + x.toBigInteger() + " " + x.doubleValue() + " " + x.pow(3) + " " + x.round(new MathContext(3)));
        System.out.println(new BigDecimal("19.99").multiply(new BigDecimal("3")).setScale(1, RoundingMode.HALF_EVEN)
                + " " + x.movePointLeft(6) + " " + x.movePointRight(2) + " " + x.remainder(BigDecimal.TEN) + " " + x.sqrt(MathContext.DECIMAL32));
        try {
            System.out.println(BigDecimal.ONE.divide(new BigDecimal("3")));
        } catch (ArithmeticException e) {
            System.out.println("ArithmeticException: " + e.getMessage());
        }
        try {
            System.out.println(a.divide(BigInteger.ZERO));
        } catch (ArithmeticException e) {
            System.out.println("ArithmeticException: " + e.getMessage());
        }
        try {
            System.out.println(new BigInteger("12x4"));
        } catch (NumberFormatException e) {
            System.out.println("NumberFormatException: " + e.getMessage());
        }
        try {
            System.out.println(new BigDecimal("1.2.3"));
        } catch (NumberFormatException e) {
            System.out.println("NumberFormatException: " + e.getMessage());
        }
    }
}
