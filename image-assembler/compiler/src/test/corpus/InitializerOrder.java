public class InitializerOrder {
    static StringBuilder log = new StringBuilder();
    static class Base {
        int a = trace("Base.a", 1);
        { trace("Base.init", 0); }
        Base() { trace("Base()", 0); show(); }
        void show() { trace("Base.show", a); }
    }
    static class Derived extends Base {
        int b = trace("Derived.b", 2);
        final int c;
        { trace("Derived.init", b); }
        Derived() { super(); c = trace("Derived()", 3); }
        Derived(int x) { this(); trace("Derived(int)", x); }
        void show() { trace("Derived.show b=" + b, c); }
    }
    static int trace(String what, int v) { log.append(what).append('=').append(v).append('\n'); return v; }
    public static void main(String[] args) {
        new Derived();
        System.out.print(log);
        log.setLength(0);
        new Derived(9);
        System.out.print(log);
        log.setLength(0);
        new Base();
        System.out.print(log);
    }
}
