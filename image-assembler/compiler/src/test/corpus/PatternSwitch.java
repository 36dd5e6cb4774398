public class PatternSwitch {
    sealed interface Shape permits Circle, Rect, Tri { }
    static final class Circle implements Shape { final int r; Circle(int r) { this.r = r; } }
    static final class Rect implements Shape { final int w, h; Rect(int w, int h) { this.w = w; this.h = h; } }
    static final class Tri implements Shape { final int b, h; Tri(int b, int h) { this.b = b; this.h = h; } }
    static long area3(Shape s) {
        if (s instanceof Circle c) return 3L * c.r * c.r;
        else if (s instanceof Rect r) return (long) r.w * r.h;
        else if (s instanceof Tri t) return (long) t.b * t.h / 2;
        return -1;
    }
    static String describe(Object o) {
        if (o instanceof Integer i && i > 10) return "big int " + i;
        if (o instanceof Integer i) return "int " + i;
        if (o instanceof String s) return "string of " + s.length();
        return "other";
    }
    public static void main(String[] args) {
        Shape[] ss = { new Circle(2), new Rect(3, 4), new Tri(5, 3), new Circle(10) };
        long total = 0;
        for (Shape s : ss) { long a = area3(s); total += a; System.out.println(a); }
        System.out.println("total " + total);
        Object[] os = { 5, 50, "abc", new Object[0] };
        for (Object o : os) System.out.println(describe(o));
    }
}
