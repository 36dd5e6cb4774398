public class ArrayCopyRefs {
    public static void main(String[] args) {
        String[] a = { "x", "y" };
        String[] b = new String[2];
        System.arraycopy(a, 0, b, 0, 2);
        System.out.println(b[0] + b[1]);
    }
}
