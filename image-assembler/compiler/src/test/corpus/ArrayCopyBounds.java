public class ArrayCopyBounds {
    static void attempt(String label, Object src, int srcPos, Object dest, int destPos, int length) {
        try {
            System.arraycopy(src, srcPos, dest, destPos, length);
            System.out.println(label + ": copied");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] a = {1, 2, 3, 4, 5};
        int[] b = new int[5];
        attempt("whole", a, 0, b, 0, 5);
        attempt("to the last element", a, 4, b, 4, 1);
        attempt("source one past the end", a, 1, b, 0, 5);
        attempt("destination one past the end", a, 0, b, 1, 5);
        attempt("empty at the end", a, 5, b, 5, 0);
        attempt("start past the end", a, 6, b, 0, 0);
        attempt("negative source", a, -1, b, 0, 1);
        attempt("negative destination", a, 0, b, -1, 1);
        attempt("negative length", a, 0, b, 0, -1);
        attempt("overflowing end", a, 1, b, 0, Integer.MAX_VALUE);
        attempt("long into int", new long[2], 0, b, 0, 1);
        attempt("int into Object", a, 0, new Object[5], 0, 1);
        attempt("not an array", "text", 0, b, 0, 1);
        attempt("null source", null, 0, b, 0, 1);
        double[] d = {0.5, 1.5, 2.5};
        System.arraycopy(d, 0, d, 1, 2);
        System.out.println(d[0] + " " + d[1] + " " + d[2]);
        char[] c = "abcdef".toCharArray();
        System.arraycopy(c, 2, c, 0, 4);
        System.out.println(new String(c));
        attempt("char edge", c, 0, new char[6], 0, 7);
        attempt("int[][] rows", new int[][] {{1}, {2}}, 0, new int[2][], 0, 2);
        System.out.println(b[0] + " " + b[4]);
    }
}
