// fannkuch-redux: every permutation of 1..n, counting prefix reversals until 1 is first; int arrays.
// Arguments: n, warm-up rounds, timed rounds. Prints the timed rounds' time and checksum/maximum flips.
final class Main {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        long result = 0;
        for (int i = 0; i < warmup; i++) {
            result = fannkuch(n);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            result = fannkuch(n);
        }
        long elapsed = System.nanoTime() - start;
        System.out.println("time-ns: " + elapsed);
        System.out.println("check: " + (result >> 32) + " " + (int) result);
    }

    /** @return the checksum in the high 32 bits, the maximum flip count in the low 32 */
    static long fannkuch(int n) {
        int[] perm = new int[n];
        int[] perm1 = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            perm1[i] = i;
        }
        int maxFlips = 0;
        int checksum = 0;
        int permutation = 0;
        int r = n;
        while (true) {
            while (r != 1) {
                count[r - 1] = r;
                r--;
            }
            for (int i = 0; i < n; i++) {
                perm[i] = perm1[i];
            }
            int flips = 0;
            int first = perm[0];
            while (first != 0) {
                for (int lo = 0, hi = first; lo < hi; lo++, hi--) {
                    int t = perm[lo];
                    perm[lo] = perm[hi];
                    perm[hi] = t;
                }
                flips++;
                first = perm[0];
            }
            if (flips > maxFlips) {
                maxFlips = flips;
            }
            checksum += (permutation & 1) == 0 ? flips : -flips;
            while (true) {
                if (r == n) {
                    return ((long) checksum << 32) | maxFlips;
                }
                int perm0 = perm1[0];
                for (int i = 0; i < r; i++) {
                    perm1[i] = perm1[i + 1];
                }
                perm1[r] = perm0;
                count[r]--;
                if (count[r] > 0) {
                    break;
                }
                r++;
            }
            permutation++;
        }
    }
}
