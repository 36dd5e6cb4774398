public class EnumFeatures {
    enum Color { RED, GREEN, BLUE }
    interface Priced { int price(); }
    enum Coin implements Priced {
        PENNY(1), NICKEL(5), DIME(10), QUARTER(25);
        private final int cents;
        Coin(int cents) { this.cents = cents; }
        public int price() { return cents; }
    }
    enum Op {
        ADD { long apply(long a, long b) { return a + b; } },
        SUB { long apply(long a, long b) { return a - b; } },
        MUL { long apply(long a, long b) { return a * b; } String symbol() { return "x"; } };
        abstract long apply(long a, long b);
        String symbol() { return name().substring(0, 1); }
    }
    static String describe(Color c) { switch (c) { case RED: return "warm"; case BLUE: return "cool"; default: return "neutral"; } }
    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " " + c.name() + " " + c.ordinal() + " " + describe(c) + " " + c.compareTo(Color.GREEN) + " " + (c == Color.BLUE));
        int total = 0; for (Coin coin : Coin.values()) total += coin.price(); System.out.println("coins " + total + " " + Coin.values().length);
        Priced p = Coin.QUARTER; System.out.println(p.price() + " " + p);
        for (Op op : Op.values()) System.out.println(op + " " + op.symbol() + " " + op.apply(12, 5));
        Color[] vs = Color.values(); vs[0] = null; System.out.println(Color.values()[0]);
        String s = switch (Coin.DIME) { case PENNY, NICKEL -> "small"; case DIME -> "dime"; case QUARTER -> "big"; }; System.out.println(s);
        System.out.println(Color.RED.equals(Color.RED));
    }
}
