public class PrivateNestmates {
    private int secret = 7;
    private static int counter;
    private int bump() { return ++secret; }
    private static String tag(String s) { return "<" + s + ">"; }
    static class Peer { private int hidden = 3; private int twice() { return hidden * 2; } }
    class Inner { int peek() { return secret + bump(); } }
    public static void main(String[] args) {
        PrivateNestmates o = new PrivateNestmates();
        Peer p = new Peer();
        p.hidden += o.secret;
        System.out.println(p.hidden + " " + p.twice() + " " + o.bump() + " " + tag("x"));
        Inner in = o.new Inner();
        System.out.println(in.peek() + " " + o.secret);
        counter += 5; System.out.println(counter);
        Object anon = new Object() { public String toString() { return tag("anon " + o.secret + " " + new Peer().twice()); } };
        System.out.println(anon);
    }
}
