// sorting: a hand-written quicksort and Arrays.sort over the same pseudo-random int[].
// Arguments: length, warm-up rounds, timed rounds. Prints the timed rounds' time and a digest of both results.
import java.util.Arrays;

final class Main {
    public static void main(String[] args) {
        int length = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        long result = 0;
        for (int i = 0; i < warmup; i++) {
            result = sortBoth(length, i);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            result = sortBoth(length, i);
        }
        long elapsed = System.nanoTime() - start;
        System.out.println("time-ns: " + elapsed);
        System.out.println("check: " + result);
    }

    static long sortBoth(int length, int seed) {
        int[] data = new int[length];
        long state = 12345 + seed;
        for (int i = 0; i < length; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            data[i] = (int) (state >>> 33);
        }
        int[] mine = data.clone();
        quicksort(mine, 0, mine.length - 1);
        int[] library = Arrays.copyOf(data, data.length);
        Arrays.sort(library);
        long digest = Arrays.equals(mine, library) ? 1 : -1;
        for (int i = 0; i < length; i += 97) {
            digest = digest * 31 + mine[i];
        }
        return digest;
    }

    static void quicksort(int[] a, int lo, int hi) {
        while (lo < hi) {
            if (hi - lo < 16) {
                for (int i = lo + 1; i <= hi; i++) {
                    int v = a[i];
                    int j = i - 1;
                    while (j >= lo && a[j] > v) {
                        a[j + 1] = a[j];
                        j--;
                    }
                    a[j + 1] = v;
                }
                return;
            }
            int pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            // Recurse into the smaller side so the stack stays logarithmic.
            if (j - lo < hi - i) {
                quicksort(a, lo, j);
                lo = i;
            } else {
                quicksort(a, i, hi);
                hi = j;
            }
        }
    }
}
