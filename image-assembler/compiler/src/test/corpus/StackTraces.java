public class StackTraces {
    static class Boom extends RuntimeException { Boom(String m, Throwable c) { super(m, c); } }
    static int inner(int[] a, int i) {
        return a[i];
    }
    static void middle(int x) {
        try {
            inner(new int[2], x);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new Boom("wrapped " + x, e);
        }
    }
    public static void main(String[] args) {
        try {
            middle(5);
        } catch (Boom b) {
            b.printStackTrace();
        }
        System.out.println("now uncaught");
        Object o = "str";
        Integer i = (Integer) o;
    }
}
