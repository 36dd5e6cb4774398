// A method that builds array literals, calls helpers and then catches an exception. Its Object[]
// literal's stores once crashed: with block-local renaming the array and the value are short-lived
// temporaries that may get RDI and RSI, and the store check overwrote them while calling the runtime.
public class TryAfterArrayLiterals {
    static long sumInts(int[] a) {
        long s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i];
        }
        return s;
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

    static int strideThree(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i += 3) {
            s += a[i] + a[i + 1];
        }
        return s;
    }

    public static void main(String[] args) {
        int[] ints = new int[1000];
        System.out.println(sumInts(ints) + " " + sumInts(new int[0]) + " " + sumInts(new int[] {42}));
        System.out.println(byteSum(new byte[] {100, 100, -5, 7, 127}) + " " + byteSum(new byte[] {1}));
        System.out.println(firstLong(new String[] {"a", "bb", "ccc", "dddd"}, 3) + " " + firstLong(new String[0], 1));
        Object[] to = new Object[3];
        reverseInto(new Object[] {"x", 2, 'c'}, to);
        System.out.println(to[0] + " " + to[1] + " " + to[2]);
        try {
            strideThree(new int[] {1, 2, 3, 4, 5, 6, 7});
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace();
        }
    }
}
