public class SwitchTable {
    static String name(int d) {
        switch (d) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            default: return "many";
        }
    }
    static int fall(int x) {
        int r = 0;
        switch (x) {
            case 1: r += 1;
            case 2: r += 10;
            case 3: r += 100; break;
            case 4: r += 1000;
            default: r += 10000;
            case 5: r += 100000;
        }
        return r;
    }
    public static void main(String[] args) {
        for (int i = -2; i < 9; i++) System.out.println(i + " " + name(i) + " " + fall(i));
        for (int i = Integer.MIN_VALUE; i != Integer.MIN_VALUE + 3; i++) System.out.println(name(i));
        System.out.println(name(Integer.MAX_VALUE));
        char c = 'c';
        switch (c) { case 'a': case 'b': System.out.println("ab"); break; case 'c': case 'd': System.out.println("cd"); break; default: System.out.println("?"); }
        byte b = -1;
        switch (b) { case -1: System.out.println("minus one"); break; case 0: System.out.println("zero"); }
        int k = 3;
        switch (k) { }
        switch (k) { default: System.out.println("only default"); }
    }
}
