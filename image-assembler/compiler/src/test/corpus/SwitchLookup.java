public class SwitchLookup {
    static int code(int v) {
        switch (v) {
            case -1000000: return 1;
            case -5: return 2;
            case 17: return 3;
            case 1000: return 4;
            case 65536: return 5;
            case Integer.MAX_VALUE: return 6;
            case Integer.MIN_VALUE: return 7;
            default: return 0;
        }
    }
    static String arrow(int v) {
        return switch (v) {
            case 1, 10, 100 -> "power";
            case 7, 77, 777 -> "sevens";
            case 123456 -> "seq";
            default -> { String s = "other" + v; yield s; }
        };
    }
    public static void main(String[] args) {
        int[] vs = { -1000000, -5, 17, 1000, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE, 0, 16, 18, 999, 1001 };
        for (int v : vs) System.out.println(v + " -> " + code(v));
        int[] ws = { 1, 10, 100, 7, 77, 777, 123456, 5, -1 };
        for (int w : ws) System.out.println(w + " -> " + arrow(w));
        long total = 0;
        for (int i = -10; i < 2000; i++) total += code(i) * (long) i;
        System.out.println("total " + total);
    }
}
