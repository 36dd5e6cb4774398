// Counting loops over an array's length of every element type, next to loops that only look like
// them and must fail with the JVM's exception, message and line.
public class CountingLoopBounds {
    static int[] shared = {1, 2, 3, 4};

    static long sumInts(int[] a) {
        long s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i];
        }
        return s;
    }

    static void scale(double[] a, double k) {
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i] * k;
        }
    }

    static String joinChars(char[] a) {
        StringBuilder sb = new StringBuilder();
        int n = a.length;
        for (int i = 0; i < n; i++) {
            sb.append(a[i]);
        }
        return sb.toString();
    }

    static int countTrue(boolean[] a) {
        int c = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i]) {
                c++;
            }
        }
        return c;
    }

    static int byteSum(byte[] a) {
        int s = 0;
        for (int i = 2; i < a.length; i++) {
            s += a[i];
        }
        return s;
    }

    static String firstLong(String[] a, int min) {
        for (int i = 0; i < a.length; i++) {
            if (a[i].length() >= min) {
                return a[i];
            }
        }
        return "none";
    }

    static void reverseInto(Object[] from, Object[] to) {
        for (int i = 0; i < from.length; i++) {
            to[from.length - 1 - i] = from[i];
        }
    }

    static long gridSum(long[][] grid) {
        long s = 0;
        for (int i = 0; i < grid.length; i++) {
            long[] row = grid[i];
            for (int j = 0; j < row.length; j++) {
                s += row[j] * (i + 1);
                row[j] = s;
            }
        }
        return s;
    }

    static int guardedDivisions(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            try {
                s += 100 / a[i];
            } catch (ArithmeticException e) {
                s -= 1;
            }
        }
        return s;
    }

    static int inclusive(int[] a) {
        int s = 0;
        for (int i = 0; i <= a.length; i++) {
            s += a[i];
        }
        return s;
    }

    static int readAfterIncrement(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length;) {
            i++;
            s += a[i];
        }
        return s;
    }

    static int startBelowZero(int[] a, int start) {
        int s = 0;
        for (int i = start; i < a.length; i++) {
            s += a[i];
        }
        return s;
    }

    static int strideThree(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i += 3) {
            s += a[i] + a[i + 1];
        }
        return s;
    }

    static int shrinkInLoop(int[] a) {
        int s = 0;
        int n = a.length;
        for (int i = 0; i < n; i++) {
            s += a[i];
            if (i == 1) {
                a = new int[2];
            }
        }
        return s;
    }

    static int stepsBack(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i];
            if (i == 2) {
                i -= 4;
            }
        }
        return s;
    }

    static int sharedField() {
        int s = 0;
        for (int i = 0; i < shared.length; i++) {
            if (i == 2) {
                shared = new int[2];
            }
            s += shared[i];
        }
        return s;
    }

    static int nullArray(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i];
        }
        return s;
    }

    public static void main(String[] args) {
        inBounds();
        nearMisses();
        System.out.println(startBelowZero(new int[] {1, 2, 3}, 1) + " " + strideThree(new int[] {1, 2, 3, 4, 5, 6}));
    }

    static void inBounds() {
        int[] ints = new int[1000];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = i * 7 - 300;
        }
        System.out.println(sumInts(ints) + " " + sumInts(new int[0]) + " " + sumInts(new int[] {42}));
        double[] ds = {1.5, -2.25, 3.0};
        scale(ds, 2.0);
        System.out.println(ds[0] + " " + ds[1] + " " + ds[2]);
        System.out.println(joinChars("bounds".toCharArray()) + "|" + joinChars(new char[0]) + "|");
        System.out.println(countTrue(new boolean[] {true, false, true, true}) + " " + countTrue(new boolean[0]));
        System.out.println(byteSum(new byte[] {100, 100, -5, 7, 127}) + " " + byteSum(new byte[] {1}));
        System.out.println(firstLong(new String[] {"a", "bb", "ccc", "dddd"}, 3) + " " + firstLong(new String[0], 1));
        Object[] to = new Object[3];
        reverseInto(new Object[] {"x", 2, 'c'}, to);
        System.out.println(to[0] + " " + to[1] + " " + to[2]);
        System.out.println(gridSum(new long[][] {{1, 2, 3}, {}, {4}, {5, 6}}));
        System.out.println(guardedDivisions(new int[] {5, 0, -7, 0, 3}));
    }

    static void nearMisses() {

        try {
            inclusive(new int[] {1, 2, 3});
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace();
        }
        try {
            readAfterIncrement(new int[] {1, 2, 3, 4, 5});
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace();
        }
        try {
            startBelowZero(new int[] {1, 2}, -2);
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace();
        }
        try {
            strideThree(new int[] {1, 2, 3, 4, 5, 6, 7});
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace();
        }
        try {
            shrinkInLoop(new int[] {1, 2, 3, 4});
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace();
        }
        try {
            stepsBack(new int[] {1, 2, 3, 4});
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace();
        }
        try {
            sharedField();
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace();
        }
        try {
            nullArray(null);
        } catch (NullPointerException e) {
            e.printStackTrace();
        }
    }
}
