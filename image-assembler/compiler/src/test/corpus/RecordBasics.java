public class RecordBasics {
    record Point(int x, int y) { Point scale(int k) { return new Point(x * k, y * k); } }
    public static void main(String[] args) {
        Point p = new Point(1, 2);
        System.out.println(p.x() + " " + p.y() + " " + p.scale(3).x());
        System.out.println(p.equals(new Point(1, 2)));
        System.out.println(p);
        System.out.println(p.hashCode() == new Point(1, 2).hashCode());
    }
}
