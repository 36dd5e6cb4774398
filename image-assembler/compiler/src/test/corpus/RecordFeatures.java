public class RecordFeatures {
    record Point(int x, int y) {
        Point { if (x < 0) throw new IllegalArgumentException("negative x " + x); }
        Point(int v) { this(v, v); }
        long dist2(Point o) { long dx = x - o.x, dy = y - o.y; return dx * dx + dy * dy; }
        static Point origin() { return new Point(0, 0); }
    }
    record Named(String name, long id, boolean active) { }
    record Pair<A, B>(A first, B second) { }
    interface Shape { long area(); }
    record Rect(int w, int h) implements Shape { public long area() { return (long) w * h; } }
    public static void main(String[] args) {
        Point p = new Point(3, 4), q = new Point(3, 4), r = new Point(7);
        System.out.println(p + " " + r + " " + p.equals(q) + " " + p.equals(r) + " " + (p.hashCode() == q.hashCode()) + " " + p.dist2(Point.origin()) + " " + r.x());
        Named n = new Named("svc", 1L << 40, true); System.out.println(n + " " + n.name() + " " + n.id() + " " + n.active());
        System.out.println(n.equals(new Named("svc", 1L << 40, true)) + " " + n.equals(new Named("svc", 1L << 40, false)));
        Pair<String, Integer> pr = new Pair<>("k", 9); System.out.println(pr + " " + pr.first() + pr.second());
        Shape s = new Rect(6, 7); System.out.println(s + " " + s.area());
        try { new Point(-1, 0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        Object o = p; if (o instanceof Point(int x, int y)) System.out.println("deconstructed " + (x + y));
        Named nul = new Named(null, 0, false); System.out.println(nul + " " + nul.hashCode());
    }
}
