import java.util.Arrays;

// Counting loops bounded by a limit other than the array's length, which run in a copy without
// bounds checks when a test before the loop shows every index in bounds, and in the original loop
// otherwise. Each is run both ways: in bounds, and with a limit, start or array that makes it fail
// part way, after the iterations before the failing one have written what they write.
public class LoopVersioningEdges {
    static int upTo(int[] a, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i];
            a[i] = s;
        }
        return s;
    }

    static int sieve(boolean[] flags, int size) {
        int primes = 0;
        for (int i = 2; i <= size; i++) {
            if (flags[i - 1]) {
                primes++;
                for (int k = i + i; k <= size; k += i) {
                    flags[k - 1] = false;
                }
            }
        }
        return primes;
    }

    static void shiftDown(int[] a, int r) {
        int first = a[0];
        for (int i = 0; i < r; i++) {
            a[i] = a[i + 1];
        }
        a[r] = first;
    }

    static long countDown(int[] a, int len) {
        long carry = 0;
        for (int j = len - 1; j >= 0; j--) {
            carry = carry * 7 + a[j];
            a[j] = (int) carry;
        }
        return carry;
    }

    static int downTo(int[] a, int from, int to) {
        int s = 0;
        for (int j = from; j > to; j--) {
            s = s * 3 + a[j - 1] + a[j];
        }
        return s;
    }

    static int fromStart(int[] a, int start, int n) {
        int s = 0;
        for (int i = start; i < n; i++) {
            s += a[i + 1] - a[i - 1];
        }
        return s;
    }

    static int inclusive(int[] a, int n) {
        int s = 0;
        for (int i = 1; i <= n; i++) {
            s = s * 5 + a[i - 1];
        }
        return s;
    }

    static int twoArrays(int[] a, int[] b, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static int nullArray(int[] a, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += i;
            if (i == 2) {
                s += a[i];
            }
        }
        return s;
    }

    static void report(String what, RuntimeException e) {
        System.out.println(what + ": " + e);
        System.err.println(what + ":");
        e.printStackTrace();
    }

    public static void main(String[] args) {
        int[] a = {3, 1, 4, 1, 5, 9, 2, 6};
        System.out.println(upTo(a.clone(), 8) + " " + upTo(a.clone(), 0) + " " + upTo(a.clone(), -3));
        boolean[] flags = new boolean[5000];
        Arrays.fill(flags, true);
        System.out.println(sieve(flags, 5000) + " " + sieve(new boolean[10], 3));
        int[] perm = a.clone();
        shiftDown(perm, 7);
        System.out.println(Arrays.toString(perm));
        int[] digits = a.clone();
        System.out.println(countDown(digits, 8) + " " + Arrays.toString(digits) + " " + countDown(digits, 0));
        System.out.println(downTo(a, 7, 0) + " " + downTo(a, 7, 5) + " " + fromStart(a, 1, 7));
        System.out.println(twoArrays(a, a, 8) + " " + nullArray(a, 5) + " " + nullArray(null, 2));
        int[] partial = a.clone();
        try {
            upTo(partial, 9);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("limit past the end", e);
        }
        System.out.println(Arrays.toString(partial));
        try {
            sieve(new boolean[5000], 5001);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("sieve past the end", e);
        }
        try {
            sieve(null, 10);
        } catch (NullPointerException e) {
            report("no flags", e);
        }
        int[] shifted = a.clone();
        try {
            shiftDown(shifted, 8);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("shift past the end", e);
        }
        System.out.println(Arrays.toString(shifted));
        int[] counted = a.clone();
        try {
            countDown(counted, 9);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("count down from past the end", e);
        }
        System.out.println(Arrays.toString(counted));
        try {
            downTo(a, 3, -1);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("down below zero", e);
        }
        try {
            fromStart(a, 0, 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("start at zero", e);
        }
        System.out.println(inclusive(a, 8) + " " + inclusive(a, 0));
        try {
            inclusive(a, Integer.MAX_VALUE);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("inclusive up to MAX_VALUE", e);
        }
        try {
            twoArrays(a, new int[3], 8);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("second array shorter", e);
        }
        try {
            twoArrays(a, null, 8);
        } catch (NullPointerException e) {
            report("second array null", e);
        }
        try {
            nullArray(null, 5);
        } catch (NullPointerException e) {
            report("null array reached", e);
        }
    }
}
