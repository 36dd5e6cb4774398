// Source: Rosetta Code, "Prime decomposition" and "Sieve of Eratosthenes".
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

public class RcPrimeDecomposition {
    static List<Long> factors(long n) {
        List<Long> result = new ArrayList<>();
        for (long d = 2; d * d <= n; d++) {
            while (n % d == 0) {
                result.add(d);
                n /= d;
            }
        }
        if (n > 1) {
            result.add(n);
        }
        return result;
    }

    public static void main(String[] args) {
        for (long n : new long[] {12, 360, 97, 600851475143L, 9007199254740991L}) {
            System.out.println(n + " = " + factors(n));
        }
        BitSet composite = new BitSet(200);
        for (int i = 2; i * i < 200; i++) {
            if (!composite.get(i)) {
                for (int j = i * i; j < 200; j += i) {
                    composite.set(j);
                }
            }
        }
        StringBuilder primes = new StringBuilder();
        for (int i = composite.nextClearBit(2); i < 200; i = composite.nextClearBit(i + 1)) {
            primes.append(i).append(' ');
        }
        System.out.println(primes.toString().trim());
    }
}
