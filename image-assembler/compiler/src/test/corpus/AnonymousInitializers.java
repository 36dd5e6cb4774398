public class AnonymousInitializers {
    static abstract class Counter {
        protected int count; final String name;
        Counter(String name, int start) { this.name = name; this.count = start; }
        abstract void step();
        String run(int n) { for (int i = 0; i < n; i++) step(); return name + "=" + count; }
    }
    public static void main(String[] args) {
        final int inc = 3;
        Counter a = new Counter("by3", 10) { void step() { count += inc; } };
        Counter b = new Counter("dbl", 1) { int steps; { steps = 100; count += 1; } void step() { count *= 2; steps--; } String run(int n) { return super.run(n) + " steps=" + steps; } };
        Counter c = new Counter("fib", 0) { int prev = 1; void step() { int t = count; count += prev; prev = t; } };
        System.out.println(a.run(5)); System.out.println(b.run(10)); System.out.println(c.run(30));
        Object o = new Object() { int x = 42; { x += 8; } public String toString() { return "x=" + x; } };
        System.out.println(o);
    }
}
