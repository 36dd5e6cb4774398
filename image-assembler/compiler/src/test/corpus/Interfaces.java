public class Interfaces {
    interface Greeter { String greet(String who); }
    interface Counter { int next(); default int skip(int n) { int v = 0; for (int i = 0; i < n; i++) v = next(); return v; } }
    interface Named { String name(); default String label() { return "<" + name() + ">"; } static String join(Named a, Named b) { return a.label() + "+" + b.label(); } }
    static class Hello implements Greeter, Named {
        public String greet(String who) { return "Hello, " + who; }
        public String name() { return "hello"; }
    }
    static class Upper implements Named { public String name() { return "UP"; } public String label() { return "[" + Named.super.label() + "]"; } }
    static class Seq implements Counter { int v; public int next() { return v += 3; } }
    interface A { int f(); }
    interface B extends A { default int g() { return f() * 2; } }
    static class C implements B { public int f() { return 21; } }
    public static void main(String[] args) {
        Greeter g = new Hello();
        System.out.println(g.greet("world"));
        Named n = (Named) g;
        System.out.println(n.label());
        System.out.println(Named.join(n, new Upper()));
        Counter c = new Seq();
        System.out.println(c.next() + " " + c.skip(4) + " " + c.next());
        B b = new C();
        System.out.println(b.f() + " " + b.g());
        A a = b;
        System.out.println(a.f() + " " + (a instanceof B) + " " + (a instanceof Greeter));
        Object o = new Upper();
        System.out.println((o instanceof Named) + " " + (o instanceof Counter));
    }
}
