public class EnumsRecordsPatterns {
    enum Color { RED, GREEN, BLUE; Color next() { return values()[(ordinal() + 1) % values().length]; } }
    record Point(int x, int y) { int dist() { return Math.abs(x) + Math.abs(y); } }
    record Named(String name, long id, boolean ok) {}
    sealed interface Shape permits Circle, Square {}
    record Circle(int r) implements Shape {}
    record Square(int s) implements Shape {}
    static String kind(Shape s) {
        return switch (s) { case Circle c -> "circle " + c.r(); case Square q -> "square " + q.s(); };
    }
    static String colorName(Color c) {
        switch (c) { case RED: return "r"; case GREEN: return "g"; default: return "b"; }
    }
    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " " + c.ordinal() + " " + c.next() + " " + colorName(c) + " " + c.name());
        Point p = new Point(3, -4);
        System.out.println(p + " " + p.dist() + " " + p.equals(new Point(3, -4)) + " " + p.equals(new Point(3, 4)) + " " + p.hashCode());
        Named n = new Named("x", 42L, true);
        System.out.println(n + " " + n.hashCode() + " " + n.equals(new Named("x", 42L, true)));
        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) grid[i][j] = i * j;
        System.out.println(grid[2][3] + " " + grid.length + " " + grid[1].length);
        long[][][] cube = new long[2][3][2];
        cube[1][2][1] = 99;
        System.out.println(cube[1][2][1]);
        Object[] objs = new String[] {"a", "b"};
        System.out.println(objs instanceof String[]);
        Object o = grid;
        System.out.println((o instanceof Object[]) + " " + (o instanceof int[][]));
        int[] copy = grid[2].clone();
        copy[0] = 7;
        System.out.println(copy[0] + " " + grid[2][0] + " " + copy.length);
        System.out.println(kind(new Circle(2)) + " " + kind(new Square(5)));
        Object x = 5;
        String desc = x instanceof Integer i && i > 3 ? "big int " + i : "other";
        System.out.println(desc);
        String s = "two";
        switch (s) { case "one" -> System.out.println(1); case "two" -> System.out.println(2); default -> System.out.println(0); }
    }
}
