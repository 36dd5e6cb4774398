import java.util.Arrays;
import java.util.List;
public class ArraysUtility {
    public static void main(String[] args) {
        int[] a = { 5, -3, 9, 0, 2, 2, -8 };
        System.out.println(Arrays.toString(a));
        Arrays.sort(a); System.out.println(Arrays.toString(a));
        System.out.println(Arrays.binarySearch(a, 2) >= 0);
        long[] l = { 3L << 40, -1, 7 }; Arrays.sort(l); System.out.println(Arrays.toString(l));
        String[] s = { "pear", "apple", "fig" }; Arrays.sort(s); System.out.println(Arrays.toString(s));
        int[] filled = new int[5]; Arrays.fill(filled, 7); System.out.println(Arrays.toString(filled));
        int[] copy = Arrays.copyOf(a, 10); System.out.println(Arrays.toString(copy));
        int[] range = Arrays.copyOfRange(a, 2, 5); System.out.println(Arrays.toString(range));
        System.out.println(Arrays.equals(a, a.clone()) + " " + Arrays.equals(a, range) + " " + Arrays.hashCode(range));
        List<String> view = Arrays.asList("x", "y", "z"); System.out.println(view + " " + view.size());
        char[] cs = { 'd', 'a', 'c' }; Arrays.sort(cs); System.out.println(new String(cs));
        Object[] objs = { "b", "a" }; Arrays.sort(objs); System.out.println(Arrays.toString(objs));
        System.out.println(Arrays.toString(new int[0]) + " " + Arrays.toString((int[]) null));
    }
}
