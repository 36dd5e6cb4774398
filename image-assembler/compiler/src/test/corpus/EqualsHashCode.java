public class EqualsHashCode {
    static final class Pt {
        final int x, y;
        Pt(int x, int y) { this.x = x; this.y = y; }
        @Override public boolean equals(Object o) { if (this == o) return true; if (!(o instanceof Pt)) return false; Pt p = (Pt) o; return x == p.x && y == p.y; }
        @Override public int hashCode() { return 31 * x + y; }
        @Override public String toString() { return "Pt(" + x + "," + y + ")"; }
    }
    static int indexOf(Object[] arr, Object key) { for (int i = 0; i < arr.length; i++) if (arr[i].equals(key)) return i; return -1; }
    public static void main(String[] args) {
        Pt a = new Pt(1, 2), b = new Pt(1, 2), c = new Pt(2, 1);
        System.out.println(a.equals(b) + " " + (a == b) + " " + a.equals(c) + " " + a.equals(null) + " " + a.equals("Pt(1,2)"));
        System.out.println(a.hashCode() + " " + b.hashCode() + " " + c.hashCode());
        Object[] pts = { new Pt(0, 0), new Pt(3, 4), new Pt(1, 2) };
        System.out.println(indexOf(pts, a) + " " + indexOf(pts, c));
        Object o = a; System.out.println(o.equals(b) + " " + o.hashCode() + " " + o);
        System.out.println(java.util.Objects.equals(a, b) + " " + java.util.Objects.equals(null, null) + " " + java.util.Objects.equals(a, null));
    }
}
