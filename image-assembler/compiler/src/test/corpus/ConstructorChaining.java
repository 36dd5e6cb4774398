public class ConstructorChaining {
    static StringBuilder log = new StringBuilder();
    static class Point {
        final int x, y; final String label;
        Point() { this(0, 0); log.append("Point() "); }
        Point(int v) { this(v, v, "diag"); log.append("Point(int) "); }
        Point(int x, int y) { this(x, y, "xy"); log.append("Point(int,int) "); }
        Point(int x, int y, String label) { this.x = x; this.y = y; this.label = label; log.append("Point(all) "); }
        public String toString() { return label + "(" + x + "," + y + ")"; }
    }
    static class Point3 extends Point {
        final int z;
        Point3(int x, int y, int z) { super(x, y); this.z = z; log.append("Point3 "); }
        Point3(int v) { this(v, v * 2, v * 3); log.append("Point3(int) "); }
        public String toString() { return super.toString() + "z" + z; }
    }
    public static void main(String[] args) {
        Object[] ps = { new Point(), new Point(5), new Point(1, 2), new Point(3, 4, "named"), new Point3(1, 2, 3), new Point3(7) };
        System.out.println(log);
        for (Object p : ps) System.out.println(p);
    }
}
