public class DefaultMethodDiamond {
    interface Base { default String who() { return "base"; } }
    interface Left extends Base { default String who() { return "left"; } }
    interface Right extends Base { }
    static class Both implements Left, Right { }
    interface X { default String hi() { return "x"; } }
    interface Y { default String hi() { return "y"; } }
    static class XY implements X, Y { public String hi() { return X.super.hi() + Y.super.hi(); } }
    static class Parent { public String who() { return "parent"; } }
    static class Child extends Parent implements Left { }
    interface Shape { int sides(); default String kind() { return sides() + "-gon"; } }
    static class Tri implements Shape { public int sides() { return 3; } }
    static class Quad implements Shape { public int sides() { return 4; } public String kind() { return "quad"; } }
    static abstract class AbsShape implements Shape { public String toString() { return kind(); } }
    static class Pent extends AbsShape { public int sides() { return 5; } }
    public static void main(String[] args) {
        System.out.println(new Both().who());
        Base b = new Both(); System.out.println(b.who());
        Right r = new Both(); System.out.println(r.who());
        System.out.println(new XY().hi());
        System.out.println(new Child().who());
        Left l = new Child(); System.out.println(l.who());
        Shape[] ss = { new Tri(), new Quad(), new Pent() };
        for (Shape s : ss) System.out.println(s.kind());
        System.out.println(ss[2]);
    }
}
