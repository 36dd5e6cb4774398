import java.util.Arrays;
import java.util.Random;

// Arrays.sort of int[] and long[] (whole arrays and ranges) on the inputs that trouble quicksorts:
// random, sorted, reversed, all equal, few distinct values, organ pipes, sawtooth, extreme values,
// lengths around the insertion-sort cut-off. Each result is checked to be sorted and a permutation
// of the input, and its digest is printed, so any difference from HotSpot's order shows.
public class ArraySortDistributions {
    static long digest(int[] a) {
        long h = a.length;
        for (int x : a) {
            h = h * 1_000_003L + x;
        }
        return h;
    }

    static long digest(long[] a) {
        long h = a.length;
        for (long x : a) {
            h = h * 1_000_003L + x;
        }
        return h;
    }

    static int[] shape(String name, int n, Random random) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = switch (name) {
                case "random" -> random.nextInt();
                case "sorted" -> i * 3 - n;
                case "reversed" -> n - i;
                case "equal" -> 42;
                case "few" -> random.nextInt(4) - 2;
                case "pipes" -> i < n / 2 ? i : n - i;
                case "sawtooth" -> i % 17;
                default -> i % 3 == 0 ? Integer.MIN_VALUE : i % 3 == 1 ? Integer.MAX_VALUE : 0;
            };
        }
        return a;
    }

    static boolean check(int[] sorted, int[] original) {
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i - 1] > sorted[i]) {
                return false;
            }
        }
        long sum = 0;
        long xor = 0;
        for (int i = 0; i < sorted.length; i++) {
            sum += sorted[i] - (long) original[i];
            xor ^= sorted[i] ^ original[i];
        }
        return sum == 0 && xor == 0;
    }

    public static void main(String[] args) {
        Random random = new Random(7);
        String[] shapes = {"random", "sorted", "reversed", "equal", "few", "pipes", "sawtooth", "extremes"};
        int[] lengths = {0, 1, 2, 3, 23, 24, 25, 26, 100, 1000, 100_000};
        for (String shape : shapes) {
            StringBuilder line = new StringBuilder(shape).append(':');
            for (int n : lengths) {
                int[] a = shape(shape, n, random);
                int[] sorted = a.clone();
                Arrays.sort(sorted);
                long[] wide = new long[n];
                for (int i = 0; i < n; i++) {
                    wide[i] = (long) a[i] * 0x1_0000_0001L + (i % 5);
                }
                Arrays.sort(wide);
                int[] part = a.clone();
                Arrays.sort(part, n / 4, n - n / 4);
                line.append(' ').append(check(sorted, a) ? "ok" : "WRONG").append(Long.toHexString(digest(sorted)))
                        .append('/').append(Long.toHexString(digest(wide))).append('/')
                        .append(Long.toHexString(digest(part)));
            }
            System.out.println(line);
        }
        try {
            Arrays.sort(new int[3], 2, 1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Arrays.sort(new long[3], -1, 2);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
