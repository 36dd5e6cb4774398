// Source: Rosetta Code, "Factorial" (with BigInteger).
import java.math.BigInteger;

public class RcFactorialBig {
    public static void main(String[] args) {
        BigInteger f = BigInteger.ONE;
        for (int i = 1; i <= 60; i++) {
            f = f.multiply(BigInteger.valueOf(i));
            if (i % 10 == 0) {
                System.out.println(i + "! = " + f + " (" + f.bitLength() + " bits)");
            }
        }
    }
}
