import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Calls whose receiver comes from one allocation in the caller: lambdas and anonymous classes passed
 * to small higher-order methods, an interface with several implementations elsewhere, a receiver
 * that differs by path, and a lambda that throws from inside the method it was passed to.
 */
public class ExactReceiverCalls {
    interface Visitor {
        void visit(int value);
    }

    interface Shape {
        int area();
    }

    static final class Square implements Shape {
        final int side;

        Square(int side) {
            this.side = side;
        }

        public int area() {
            return side * side;
        }
    }

    static final class Rect implements Shape {
        final int w;
        final int h;

        Rect(int w, int h) {
            this.w = w;
            this.h = h;
        }

        public int area() {
            return w * h;
        }
    }

    static final class Vec {
        private final int[] items;

        Vec(int n) {
            items = new int[n];
            for (int i = 0; i < n; i++) {
                items[i] = i * 3 - 7;
            }
        }

        void forEach(Visitor v) {
            for (int item : items) {
                v.visit(item);
            }
        }

        int count(IntPredicate p) {
            int n = 0;
            for (int item : items) {
                if (p.test(item)) {
                    n++;
                }
            }
            return n;
        }
    }

    static int total;

    static int areaOf(Shape s) {
        return s.area();
    }

    static void throwing(Vec v, int limit) {
        v.forEach(x -> {
            if (x > limit) {
                throw new IllegalStateException("over " + limit + ": " + x);
            }
            total += x;
        });
    }

    public static void main(String[] args) {
        Vec v = new Vec(20);
        int[] sum = {0};
        v.forEach(x -> sum[0] += x);
        v.forEach(new Visitor() {
            public void visit(int value) {
                sum[0] ^= value << 1;
            }
        });
        System.out.println("sum " + sum[0]);
        for (int round = 0; round < 3; round++) {
            int bound = round * 10;
            System.out.println("count " + v.count(x -> x > bound) + " " + v.count(x -> (x & 1) == 0));
        }
        System.out.println("areas " + areaOf(new Square(7)) + " " + areaOf(new Rect(3, 4)));
        int picked = 0;
        for (int i = 0; i < 4; i++) {
            Shape s = i % 2 == 0 ? new Square(i) : new Rect(i, 2);
            picked += s.area();
        }
        System.out.println("picked " + picked);
        List<Visitor> visitors = new ArrayList<>();
        visitors.add(x -> total += x);
        visitors.add(x -> total -= 2 * x);
        for (Visitor each : visitors) {
            v.forEach(each);
        }
        System.out.println("total " + total);
        try {
            throwing(v, 30);
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
            StackTraceElement[] trace = e.getStackTrace();
            for (int i = 0; i < trace.length && i < 5; i++) {
                System.out.println("  at " + trace[i].getMethodName() + ":" + trace[i].getLineNumber());
            }
        }
        System.out.println("total " + total);
    }
}
