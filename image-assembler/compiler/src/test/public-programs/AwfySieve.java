// Source: Are We Fast Yet? benchmark suite (Marr et al.), "Sieve".
public class AwfySieve {
    public static void main(String[] args) {
        // The iterations may be given, as the suite's harness does; the result is the same for any count.
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int result = 0;
        for (int i = 0; i < iterations; i++) {
            boolean[] flags = new boolean[5000];
            java.util.Arrays.fill(flags, true);
            result = sieve(flags, 5000);
        }
        System.out.println("Sieve: " + result + (result == 669 ? " (verified)" : " (WRONG)"));
    }

    static int sieve(boolean[] flags, int size) {
        int primeCount = 0;
        for (int i = 2; i <= size; i++) {
            if (flags[i - 1]) {
                primeCount++;
                for (int k = i + i; k <= size; k += i) {
                    flags[k - 1] = false;
                }
            }
        }
        return primeCount;
    }
}
