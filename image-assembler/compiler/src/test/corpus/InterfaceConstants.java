public class InterfaceConstants {
    interface Limits { int MAX = 100; long BIG = 1L << 45; String NAME = "limits"; int[] TABLE = { 1, 1, 2, 3, 5, 8 }; }
    interface More extends Limits { int MIN = -MAX; }
    static class Impl implements More { int range() { return MAX - MIN; } }
    public static void main(String[] args) {
        System.out.println(Limits.MAX + " " + Limits.BIG + " " + Limits.NAME + " " + More.MIN + " " + new Impl().range());
        int s = 0; for (int v : Limits.TABLE) s += v; System.out.println(s + " " + More.TABLE.length);
        Limits.TABLE[0] = 99; System.out.println(Impl.TABLE[0]);
    }
}
