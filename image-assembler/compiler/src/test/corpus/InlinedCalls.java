// Small methods the compiler replaces by their bodies: getters and setters, chains of them, static
// arithmetic, first-use initialisation behind an inlined static getter, null receivers caught and
// uncaught, and recursion, which stays a call.
public class InlinedCalls {
    static final class Point {
        private int x;
        private int y;
        private double weight = 1.5;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        int x() {
            return x;
        }

        int y() {
            return y;
        }

        void moveBy(int dx) {
            x = x + dx;
        }

        int sum() {
            return x() + y();
        }

        int sumTwice() {
            return sum() + sum();
        }

        int deep() {
            return sumTwice() * 3;
        }

        double weighted() {
            return weight * sum();
        }
    }

    static final class Config {
        static int limit = 7;

        static {
            System.out.println("Config initialised");
        }

        static int limit() {
            return limit;
        }
    }

    interface Shape {
        int corners();
    }

    static final class Square implements Shape {
        public int corners() {
            return 4;
        }
    }

    static final class Triangle implements Shape {
        public int corners() {
            return 3;
        }
    }

    static int half(int v) {
        return v / 2;
    }

    static long remainder(long v) {
        return v % -3L;
    }

    static int clampDown(int v) {
        if (v > 10) {
            v = 10;
        }
        return v;
    }

    static int category(int v) {
        switch (v & 3) {
            case 0: return 10;
            case 1: return 20;
            default: return 30;
        }
    }

    static double root(double v) {
        double guess = v;
        for (int i = 0; i < 6; i++) {
            guess = 0.5 * (guess + v / guess);
        }
        return guess;
    }

    static int triangle(int n) {
        return n == 0 ? 0 : n + triangle(n - 1);
    }

    static int pick(Point p, int[] values) {
        int x = p.x();
        int y = p.y();
        return values[x + y];
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        int total = 0;
        for (int i = 0; i < 5; i++) {
            p.moveBy(1);
            total += p.x() + p.y() + p.deep();
        }
        System.out.println("total " + total + " sum " + p.sum() + " weighted " + p.weighted());
        System.out.println("before config");
        System.out.println("limit " + Config.limit());
        int a = 15;
        int b = clampDown(a);
        a = half(a);
        System.out.println("a " + a + " b " + b + " half(-7) " + half(-7) + " rem " + remainder(-10L));
        System.out.println("categories " + category(4) + " " + category(5) + " " + category(7));
        System.out.println("root " + root(2.0) + " triangle " + triangle(20));
        Shape[] shapes = {new Square(), new Triangle()};
        int corners = 0;
        for (Shape s : shapes) {
            corners += s.corners();
        }
        System.out.println("corners " + corners);
        Point missing = args.length > 5 ? p : null;
        try {
            System.out.println(missing.x());
        } catch (NullPointerException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            missing.moveBy(2);
        } catch (NullPointerException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            System.out.println(pick(new Point(1, 1), new int[2]));
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace();
        }
        System.out.println(pick(new Point(1, 1), new int[3]));
        System.out.println(missing.deep());
    }
}
