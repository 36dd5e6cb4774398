// Array loops whose checks can be dropped (counting up to the length, counting down from it, a
// masked hash, a repeated access) next to ones where dropping a check would be wrong: a limit
// above the length, a count-down from the length itself, a mask that is not length - 1, a step
// that wraps past Integer.MAX_VALUE, an array reassigned or set to null in the loop, an alias
// changed under the loop. Each must fail with the JVM's exception, message and line.
public class BoundsCheckEdges {
    static int[] field = {5, 6, 7};

    static long countDown(int[] a) {
        long s = 0;
        for (int i = a.length - 1; i >= 0; i--) {
            s = s * 3 + a[i];
            a[i] = (int) s;
        }
        return s;
    }

    static long countDownFromLength(int[] a) {
        long s = 0;
        for (int i = a.length; i >= 0; i--) {
            s += a[i];
        }
        return s;
    }

    static int countDownByTwo(int[] a) {
        int s = 0;
        for (int i = a.length - 1; i >= 0; i -= 2) {
            s += a[i];
        }
        return s;
    }

    static int countDownPastZero(int[] a) {
        int s = 0;
        for (int i = a.length - 1; i >= -1; i--) {
            s += a[i];
        }
        return s;
    }

    static int masked(int[] table, int hash) {
        return table[hash & (table.length - 1)];
    }

    static int maskedNonEmpty(int[] table, int hash) {
        int n = table.length;
        return n > 0 ? table[(n - 1) & hash] : -1;
    }

    static int maskedByLength(int[] table, int hash) {
        return table[hash & table.length];
    }

    static int repeated(int[] a, int i) {
        int x = a[i];
        a[i] = x + 1;
        return a[i] * 2;
    }

    static int halves(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i >>> 1] + a[i >> 1];
        }
        return s;
    }

    static int signedHalf(int[] a, int i) {
        return a[i >> 1];
    }

    static int upToLimit(int[] a, int limit) {
        int s = 0;
        for (int i = 0; i < limit; i++) {
            s += a[i];
        }
        return s;
    }

    static int wrapsPastMax(int[] a, int from) {
        int s = 0;
        for (int i = from; i <= Integer.MAX_VALUE && s < 1_000; i++) {
            s += 1;
            if (i < 0) {
                s += a[i];
            }
        }
        return s;
    }

    static int indexPlusOneNearMax(int[] a, int limit) {
        int s = 0;
        for (int i = limit - 2; i < limit; i++) {
            s += a[i + 1];
        }
        return s;
    }

    static int reassigned(int[] a, int[] shorter) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i];
            a = shorter;
        }
        return s;
    }

    static int lengthKeptArrayChanged(int[] a, int[] shorter) {
        int s = 0;
        int n = a.length;
        for (int i = 0; i < n; i++) {
            s += a[i];
            if (i == 0) {
                a = shorter;
            }
        }
        return s;
    }

    static int becomesNull(int[] a) {
        int s = 0;
        int n = a.length;
        for (int i = 0; i < n; i++) {
            s += a[i];
            a = i == 1 ? null : a;
        }
        return s;
    }

    static int aliasChanged(int[] a, int[] other) {
        int[] b = a;
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += b[i];
            if (i == 1) {
                b = other;
            }
        }
        return s;
    }

    static int fieldReassignedInLoop() {
        int s = 0;
        int[] local = field;
        for (int i = 0; i < local.length; i++) {
            s += field[i];
            field = new int[1];
        }
        return s;
    }

    static int indexChangedInBody(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            i = i * 2;
            s += a[i];
        }
        return s;
    }

    static int nestedRows(int[][] grid) {
        int s = 0;
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                s += grid[r][c] * (c + 1);
            }
        }
        return s;
    }

    static int copyThenCompare(int[] a, int[] b) {
        int n = a.length;
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i] - b[i];
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
        System.out.println(countDown(a.clone()) + " " + countDown(new int[0]) + " " + countDownByTwo(a));
        System.out.println(masked(a, -7) + " " + masked(a, 12345) + " " + masked(new int[] {4}, -1));
        System.out.println(maskedNonEmpty(a, -7) + " " + maskedNonEmpty(new int[0], 5) + " " + maskedNonEmpty(a, 99));
        System.out.println(repeated(a.clone(), 3) + " " + halves(a) + " " + signedHalf(a, 9));
        System.out.println(upToLimit(a, 5) + " " + nestedRows(new int[][] {{1, 2}, {}, {3, 4, 5}}));
        System.out.println(copyThenCompare(a, a.clone()) + " " + indexPlusOneNearMax(a, 7));
        System.out.println(reassigned(new int[] {1}, new int[0]) + " " + aliasChanged(a, a));
        try {
            countDownFromLength(a);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("from length", e);
        }
        try {
            countDownPastZero(a);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("past zero", e);
        }
        try {
            masked(new int[0], 5);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("mask of an empty table", e);
        }
        try {
            maskedByLength(a, 8);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("mask by length", e);
        }
        try {
            signedHalf(a, -1);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("signed half", e);
        }
        try {
            repeated(a, 8);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("repeated", e);
        }
        try {
            upToLimit(a, 9);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("limit above length", e);
        }
        try {
            wrapsPastMax(a, Integer.MAX_VALUE - 2);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("wraps past max", e);
        }
        try {
            indexPlusOneNearMax(a, Integer.MAX_VALUE);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("index plus one near max", e);
        }
        try {
            reassigned(a, new int[1]);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("reassigned", e);
        }
        try {
            lengthKeptArrayChanged(a, new int[1]);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("length kept, array changed", e);
        }
        try {
            becomesNull(a);
        } catch (NullPointerException e) {
            report("becomes null", e);
        }
        try {
            aliasChanged(a, new int[1]);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("alias changed", e);
        }
        try {
            fieldReassignedInLoop();
        } catch (ArrayIndexOutOfBoundsException e) {
            report("field reassigned", e);
        }
        try {
            indexChangedInBody(a);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("index changed", e);
        }
        try {
            copyThenCompare(a, new int[3]);
        } catch (ArrayIndexOutOfBoundsException e) {
            report("second array shorter", e);
        }
        try {
            nestedRows(new int[][] {{1}, null});
        } catch (NullPointerException e) {
            report("null row", e);
        }
    }
}
