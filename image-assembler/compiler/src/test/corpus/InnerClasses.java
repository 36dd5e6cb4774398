public class InnerClasses {
    int base = 100;
    class Inner {
        int off;
        Inner(int off) { this.off = off; }
        int value() { return base + off; }
        class Deeper { int all() { return base + off + 1000; } }
    }
    static class Nested { static int twice(int x) { return 2 * x; } int k = 7; }
    Inner make(int o) { return new Inner(o); }
    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses();
        Inner i1 = outer.make(5);
        Inner i2 = outer.new Inner(6);
        System.out.println(i1.value() + " " + i2.value());
        outer.base = 200;
        System.out.println(i1.value() + " " + i2.value());
        Inner.Deeper d = i1.new Deeper();
        System.out.println(d.all());
        System.out.println(Nested.twice(21) + " " + new Nested().k);
        InnerClasses other = new InnerClasses();
        other.base = -1;
        Inner i3 = other.new Inner(1);
        System.out.println(i3.value() + " " + i1.value());
    }
}
