public class SuperCalls {
    static class A {
        int x = 1;
        String m() { return "A.m"; }
        String chain() { return "A"; }
        String callM() { return m(); }
        public String toString() { return "A(" + x + ")"; }
    }
    static class B extends A {
        int x = 2;
        String m() { return "B.m/" + super.m(); }
        String chain() { return super.chain() + "B"; }
        String fields() { return x + " " + super.x + " " + ((A) this).x; }
        public String toString() { return "B:" + super.toString(); }
    }
    static class C extends B {
        String m() { return "C.m/" + super.m(); }
        String chain() { return super.chain() + "C"; }
    }
    public static void main(String[] args) {
        A a = new C();
        System.out.println(a.m());
        System.out.println(a.chain());
        System.out.println(a.callM());
        System.out.println(a.x);
        System.out.println(((B) a).x);
        System.out.println(((B) a).fields());
        System.out.println(a);
        System.out.println(new A() + " " + new B());
        System.out.println("" + a + new B().chain());
    }
}
