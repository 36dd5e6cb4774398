// Source: Rosetta Code, "Fibonacci sequence" (arbitrary precision).
import java.math.BigInteger;

public class RcFibonacciBig {
    static BigInteger fib(int n) {
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            BigInteger t = a.add(b);
            a = b;
            b = t;
        }
        return a;
    }

    public static void main(String[] args) {
        for (int n : new int[] {0, 1, 2, 10, 50, 100, 300}) {
            System.out.println("fib(" + n + ") = " + fib(n));
        }
    }
}
