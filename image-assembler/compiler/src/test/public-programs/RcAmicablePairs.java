// Source: Rosetta Code, "Amicable pairs".
public class RcAmicablePairs {
    public static void main(String[] args) {
        int limit = 20000;
        int[] sums = new int[limit + 1];
        for (int i = 1; i <= limit / 2; i++) {
            for (int j = 2 * i; j <= limit; j += i) {
                sums[j] += i;
            }
        }
        for (int n = 1; n <= limit; n++) {
            int m = sums[n];
            if (m > n && m <= limit && sums[m] == n) {
                System.out.println(n + " " + m);
            }
        }
    }
}
