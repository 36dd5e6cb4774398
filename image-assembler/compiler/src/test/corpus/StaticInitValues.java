public class StaticInitValues {
    static final int A = 10;
    static int b = A * 2;
    static int c;
    static int[] table = new int[8];
    static String s;
    static { c = b + 1; for (int i = 0; i < table.length; i++) table[i] = i * i + c; s = "c=" + c; }
    static class Holder { static long big = 1L << 50; static String name = "holder" + big; static int[] arr = { 1, 2, 3 }; }
    static class Counter { static int count; static int next() { return ++count; } }
    static class Cfg { static final String NAME = "cfg"; static final long L = 1234567890123L; static final char C = 'q'; static final boolean B = true; }
    public static void main(String[] args) {
        System.out.println(A + " " + b + " " + c + " " + s);
        StringBuilder sb = new StringBuilder();
        for (int v : table) sb.append(v).append(' ');
        System.out.println(sb);
        System.out.println(Holder.big + " " + Holder.name + " " + Holder.arr.length);
        System.out.println(Counter.next() + " " + Counter.next() + " " + Counter.count);
        System.out.println(Cfg.NAME + " " + Cfg.L + " " + Cfg.C + " " + Cfg.B);
        b = 99; c++;
        System.out.println(b + " " + c);
    }
}
