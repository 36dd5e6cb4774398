public class HelloShapes {
    interface Shape { long area(); }
    static final class Rect implements Shape { final int w, h; Rect(int w, int h) { this.w = w; this.h = h; } public long area() { return (long) w * h; } public String toString() { return "Rect " + w + "x" + h; } }
    static final class Square implements Shape { final int s; Square(int s) { this.s = s; } public long area() { return (long) s * s; } }
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    public static void main(String[] args) {
        System.out.println("Hello, " + args.length + " args");
        for (String a : args) System.out.println("arg " + a);
        Shape[] shapes = { new Rect(3, 4), new Square(5), new Rect(100000, 100000) };
        long total = 0;
        for (Shape s : shapes) total += s.area();
        System.out.println("total area " + total);
        System.out.println(shapes[0]);
        System.out.println("fib(25) = " + fib(25));
        int[] a = new int[10];
        for (int i = 0; i < a.length; i++) a[i] = i * i - 7 * i;
        int min = Integer.MAX_VALUE; for (int x : a) min = Math.min(min, x);
        System.out.println("min " + min + " " + (-7 / 2) + " " + (-7 % 2) + " " + (Long.MIN_VALUE / -1) + " " + (1 << 33) + " " + (-1 >>> 28));
        StringBuilder sb = new StringBuilder();
        for (char c = 'a'; c <= 'z'; c++) sb.append(c);
        System.out.println(sb.toString().substring(3, 9) + " " + "hello".hashCode() + " " + "abc".compareTo("abd"));
        System.err.println("to stderr");
        System.exit(3);
    }
}
