public class LambdasAndMethodRefs {
    interface IntOp { int apply(int a, int b); }
    interface Fn<A, B> { B apply(A a); default <C> Fn<A, C> then(Fn<B, C> g) { return x -> g.apply(apply(x)); } }
    interface Sup<T> { T get(); }
    interface LongFn { long f(int x); }
    static int twice(IntOp op, int x) { return op.apply(op.apply(x, x), x); }
    int base = 10;
    int addBase(int x) { return x + base; }
    static String describe(Object o) { return "obj:" + o; }
    public static void main(String[] args) {
        IntOp add = (a, b) -> a + b;
        IntOp mul = (a, b) -> a * b;
        System.out.println(twice(add, 3) + " " + twice(mul, 3));
        int k = 5;
        Fn<Integer, Integer> plusK = x -> x + k;
        System.out.println(plusK.apply(7));
        Fn<String, Integer> len = String::length;
        System.out.println(len.apply("hello"));
        Sup<StringBuilder> sup = StringBuilder::new;
        System.out.println(sup.get().append("built").toString());
        LambdasAndMethodRefs l = new LambdasAndMethodRefs();
        Fn<Integer, Integer> ab = l::addBase;
        System.out.println(ab.apply(32));
        IntOp max = Math::max;
        System.out.println(max.apply(3, 9));
        Fn<Object, String> d = LambdasAndMethodRefs::describe;
        System.out.println(d.apply(42));
        Runnable r = () -> System.out.println("run " + k);
        r.run();
        Fn<Integer, Integer> inc = x -> x + 1;
        System.out.println(inc.then(x -> x * 2).apply(4));
        LongFn widen = x -> x * 3;
        System.out.println(widen.f(1 << 30));
        IntOp sub = Integer::compare;
        System.out.println(sub.apply(1, 2));
    }
}
