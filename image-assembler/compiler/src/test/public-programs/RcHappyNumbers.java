// Source: Rosetta Code, "Happy numbers".
import java.util.HashSet;
import java.util.Set;

public class RcHappyNumbers {
    static boolean happy(long n) {
        Set<Long> seen = new HashSet<>();
        while (n != 1 && seen.add(n)) {
            long sum = 0;
            while (n > 0) {
                long d = n % 10;
                sum += d * d;
                n /= 10;
            }
            n = sum;
        }
        return n == 1;
    }

    public static void main(String[] args) {
        int found = 0;
        for (long i = 1; found < 8; i++) {
            if (happy(i)) {
                System.out.print(i + " ");
                found++;
            }
        }
        System.out.println();
    }
}
