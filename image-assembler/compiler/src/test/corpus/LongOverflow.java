public class LongOverflow {
    static long neg1() { return -1L; }
    public static void main(String[] args) {
        long max = Long.MAX_VALUE, min = Long.MIN_VALUE;
        System.out.println("max+1 = " + (max + 1));
        System.out.println("min-1 = " + (min - 1));
        System.out.println("max*3 = " + (max * 3));
        System.out.println("min/-1 = " + (min / neg1()));
        System.out.println("min%-1 = " + (min % neg1()));
        System.out.println("-min = " + (-min));
        System.out.println("abs(min) = " + Math.abs(min));
        long f = 1;
        for (int i = 1; i <= 25; i++) { f *= i; System.out.println(i + "! = " + f); }
        long h = 1125899906842597L;
        for (int i = 0; i < 100; i++) h = 31 * h + i;
        System.out.println("h = " + h);
        int a = Integer.MAX_VALUE;
        System.out.println("widened " + ((long) a + 1) + " vs int " + (a + 1));
        System.out.println("(long)(a*a) = " + (long) (a * a) + " (long)a*a = " + ((long) a * a));
        System.out.println("(int)max = " + (int) max + " (int)min = " + (int) min);
        System.out.println("(int)0x123456789AL = " + (int) 0x123456789AL);
    }
}
