public class GenericBridges {
    interface Box<T> { T get(); void set(T t); }
    static class IntBox implements Box<Integer> {
        Integer v = 0;
        public Integer get() { return v; }
        public void set(Integer t) { v = t; }
    }
    static class StrBox implements Box<String> {
        String v = "";
        public String get() { return v; }
        public void set(String t) { v = t + "!"; }
    }
    static abstract class Transformer<A, B> { abstract B apply(A a); }
    static class Len extends Transformer<String, Integer> { Integer apply(String s) { return s.length(); } }
    static class Pair<L, R> { final L l; final R r; Pair(L l, R r) { this.l = l; this.r = r; } L left() { return l; } R right() { return r; } public String toString() { return "(" + l + ", " + r + ")"; } }
    static <T extends Comparable<T>> T max(T a, T b) { return a.compareTo(b) >= 0 ? a : b; }
    static <T> void setAll(Box<T> box, T v) { box.set(v); }
    public static void main(String[] args) {
        Box<String> sb = new StrBox();
        setAll(sb, "hi");
        System.out.println(sb.get());
        StrBox raw = (StrBox) sb; raw.set("direct"); System.out.println(raw.get());
        Transformer<String, Integer> t = new Len();
        System.out.println(t.apply("hello") + 1);
        Pair<String, String> p = new Pair<>("a", "b");
        Pair<Pair<String, String>, String> pp = new Pair<>(p, "c");
        System.out.println(pp + " " + pp.left().right());
        System.out.println(max("apple", "banana") + " " + max("zed", "abc"));
        Comparable<String> c = "abc";
        System.out.println(c.compareTo("abd"));
    }
}
