import java.util.Arrays;

/** System.arraycopy at its edges: exact bounds, overlap, every failure and its message, subtype copies. */
public class ArrayCopyEdges {
    interface Copy {
        void run();
    }

    static void attempt(String what, Copy copy) {
        try {
            copy.run();
            System.out.println(what + ": copied");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] ints = {0, 1, 2, 3, 4, 5, 6, 7};
        long[] longs = new long[8];
        byte[] bytes = {10, 20, 30, 40};
        char[] chars = "abcdef".toCharArray();
        attempt("to the end", () -> System.arraycopy(ints, 4, ints, 0, 4));
        System.out.println(Arrays.toString(ints));
        attempt("overlap forward", () -> System.arraycopy(ints, 0, ints, 1, 7));
        System.out.println(Arrays.toString(ints));
        attempt("overlap backward", () -> System.arraycopy(chars, 2, chars, 0, 4));
        System.out.println(new String(chars));
        attempt("empty at the end", () -> System.arraycopy(bytes, 4, bytes, 4, 0));
        attempt("one past the end", () -> System.arraycopy(bytes, 1, bytes, 0, 4));
        attempt("destination past the end", () -> System.arraycopy(bytes, 0, bytes, 1, 4));
        attempt("negative source", () -> System.arraycopy(ints, -1, ints, 0, 1));
        attempt("negative destination", () -> System.arraycopy(ints, 0, ints, -2, 1));
        attempt("negative length", () -> System.arraycopy(ints, 0, ints, 0, -3));
        attempt("huge length", () -> System.arraycopy(ints, 1, ints, 0, Integer.MAX_VALUE));
        attempt("int into long", () -> System.arraycopy(ints, 0, longs, 0, 1));
        attempt("not an array", () -> System.arraycopy("text", 0, ints, 0, 1));
        attempt("into a string", () -> System.arraycopy(ints, 0, "text", 0, 1));
        attempt("null source", () -> System.arraycopy(null, 0, ints, 0, 1));
        attempt("ints into objects", () -> System.arraycopy(ints, 0, new Object[2], 0, 1));
        String[] words = {"alpha", "beta", "gamma"};
        Object[] objects = new Object[4];
        attempt("strings into objects", () -> System.arraycopy(words, 0, objects, 1, 3));
        System.out.println(Arrays.toString(objects));
        Integer[] boxed = {1, 2, 3};
        Number[] numbers = new Number[3];
        attempt("integers into numbers", () -> System.arraycopy(boxed, 0, numbers, 0, 3));
        System.out.println(Arrays.toString(numbers));
        Object[] mixed = {"x", 7, "y"};
        String[] strings = new String[3];
        attempt("mixed into strings", () -> System.arraycopy(mixed, 0, strings, 0, 3));
        System.out.println(Arrays.toString(strings));
        attempt("numbers into integers", () -> System.arraycopy(numbers, 0, boxed, 0, 3));
        attempt("objects past the end", () -> System.arraycopy(words, 1, objects, 0, 3));
        attempt("object overlap", () -> System.arraycopy(objects, 0, objects, 1, 3));
        System.out.println(Arrays.toString(objects));
        double[] doubles = {1.5, 2.5, 3.5};
        double[] moreDoubles = new double[5];
        attempt("doubles", () -> System.arraycopy(doubles, 0, moreDoubles, 2, 3));
        System.out.println(Arrays.toString(moreDoubles));
    }
}
