public class Overloading {
    static String f(int x) { return "int"; }
    static String f(long x) { return "long"; }
    static String f(char x) { return "char"; }
    static String f(byte x) { return "byte"; }
    static String f(short x) { return "short"; }
    static String f(Object x) { return "Object"; }
    static String f(String x) { return "String"; }
    static String f(Integer x) { return "Integer"; }
    static String g(long x) { return "g-long"; }
    static String g(Object x) { return "g-Object"; }
    static String h(int a, long b) { return "int,long"; }
    static String h(long a, int b) { return "long,int"; }
    static String k(Object o) { return "k-Object"; }
    static String k(CharSequence o) { return "k-CharSeq"; }
    static class P { String who(P p) { return "P.who(P)"; } }
    static class Q extends P { String who(P p) { return "Q.who(P)"; } String who(Q q) { return "Q.who(Q)"; } }
    public static void main(String[] args) {
        byte b = 1; short s = 2; char c = 'c'; long l = 4;
        System.out.println(f(1) + " " + f(l) + " " + f(c) + " " + f(b) + " " + f(s) + " " + f("s") + " " + f(new Object()) + " " + f(Integer.valueOf(5)));
        System.out.println(g(1) + " " + g(b) + " " + g("x"));
        System.out.println(h(1, 2L) + " " + h(1L, 2));
        System.out.println(k("str") + " " + k(new StringBuilder()) + " " + k((Object) "s"));
        P p = new Q(); Q q = new Q();
        System.out.println(p.who(p) + " " + p.who(q) + " " + q.who(p) + " " + q.who(q));
        Object o = null;
        System.out.println(f((String) null) + " " + f(o));
    }
}
