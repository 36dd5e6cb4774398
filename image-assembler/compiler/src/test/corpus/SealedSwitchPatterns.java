public class SealedSwitchPatterns {
    sealed interface Shape permits Circle, Square, Rect { }
    record Circle(int r) implements Shape { }
    record Square(int s) implements Shape { }
    record Rect(int w, int h) implements Shape { }
    static long area(Shape s) {
        return switch (s) {
            case Circle c -> 3L * c.r() * c.r();
            case Square sq -> (long) sq.s() * sq.s();
            case Rect(int w, int h) when w == h -> -1;
            case Rect(int w, int h) -> (long) w * h;
        };
    }
    static String kind(Object o) {
        return switch (o) {
            case null -> "null";
            case Integer i when i > 100 -> "big " + i;
            case Integer i -> "int " + i;
            case String str -> "str " + str.length();
            default -> "other";
        };
    }
    public static void main(String[] args) {
        Shape[] ss = { new Circle(2), new Square(3), new Rect(2, 5), new Rect(4, 4) };
        for (Shape s : ss) System.out.println(s + " " + area(s));
        Object[] os = { 5, 500, "hey", null, 'c' };
        for (Object o : os) System.out.println(kind(o));
    }
}
