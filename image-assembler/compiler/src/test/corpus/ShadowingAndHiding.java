public class ShadowingAndHiding {
    static String name = "static";
    String inst = "field";
    static class Parent { static String id() { return "Parent.id"; } String v = "pv"; String get() { return v; } }
    static class Child extends Parent { static String id() { return "Child.id"; } String v = "cv"; String get() { return v + "/" + super.v; } }
    void test(String inst) {
        System.out.println(inst + " " + this.inst);
        { String local = "block"; System.out.println(local); }
        for (int i = 0; i < 2; i++) { String local = "loop" + i; System.out.println(local); }
    }
    public static void main(String[] args) {
        String name = "local";
        System.out.println(name + " " + ShadowingAndHiding.name);
        new ShadowingAndHiding().test("param");
        Parent p = new Child();
        System.out.println(p.v + " " + ((Child) p).v + " " + p.get());
        System.out.println(Parent.id() + " " + Child.id());
    }
}
