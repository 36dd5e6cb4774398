public class VisitorPattern {
    interface Visitor<R> { R num(Num n); R add(Add a); R mul(Mul m); R neg(Neg n); }
    static abstract class Expr { abstract <R> R accept(Visitor<R> v); }
    static final class Num extends Expr { final long v; Num(long v) { this.v = v; } <R> R accept(Visitor<R> vis) { return vis.num(this); } }
    static final class Add extends Expr { final Expr l, r; Add(Expr l, Expr r) { this.l = l; this.r = r; } <R> R accept(Visitor<R> v) { return v.add(this); } }
    static final class Mul extends Expr { final Expr l, r; Mul(Expr l, Expr r) { this.l = l; this.r = r; } <R> R accept(Visitor<R> v) { return v.mul(this); } }
    static final class Neg extends Expr { final Expr e; Neg(Expr e) { this.e = e; } <R> R accept(Visitor<R> v) { return v.neg(this); } }
    static final class Eval implements Visitor<Long> {
        public Long num(Num n) { return n.v; }
        public Long add(Add a) { return a.l.accept(this) + a.r.accept(this); }
        public Long mul(Mul m) { return m.l.accept(this) * m.r.accept(this); }
        public Long neg(Neg n) { return -n.e.accept(this); }
    }
    static final class Show implements Visitor<String> {
        public String num(Num n) { return String.valueOf(n.v); }
        public String add(Add a) { return "(" + a.l.accept(this) + " + " + a.r.accept(this) + ")"; }
        public String mul(Mul m) { return m.l.accept(this) + " * " + m.r.accept(this); }
        public String neg(Neg n) { return "-" + n.e.accept(this); }
    }
    static final class Depth implements Visitor<Integer> {
        public Integer num(Num n) { return 1; }
        public Integer add(Add a) { return 1 + Math.max(a.l.accept(this), a.r.accept(this)); }
        public Integer mul(Mul m) { return 1 + Math.max(m.l.accept(this), m.r.accept(this)); }
        public Integer neg(Neg n) { return 1 + n.e.accept(this); }
    }
    public static void main(String[] args) {
        Expr e = new Add(new Mul(new Num(3), new Add(new Num(4), new Neg(new Num(5)))), new Mul(new Num(1L << 33), new Num(7)));
        System.out.println(e.accept(new Show()) + " = " + e.accept(new Eval()) + " depth " + e.accept(new Depth()));
        Expr big = new Num(1); for (int i = 2; i <= 20; i++) big = i % 2 == 0 ? new Mul(big, new Num(i)) : new Add(big, new Neg(new Num(i)));
        System.out.println(big.accept(new Eval()) + " depth " + big.accept(new Depth()));
    }
}
