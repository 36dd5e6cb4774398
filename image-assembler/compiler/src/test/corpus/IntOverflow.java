public class IntOverflow {
    static int add(int a, int b) { return a + b; }
    static int mul(int a, int b) { return a * b; }
    public static void main(String[] args) {
        int max = Integer.MAX_VALUE, min = Integer.MIN_VALUE;
        System.out.println("max+1 = " + add(max, 1));
        System.out.println("min-1 = " + (min - 1));
        System.out.println("max*2 = " + mul(max, 2));
        System.out.println("min*-1 = " + mul(min, -1));
        System.out.println("-min = " + (-min));
        System.out.println("abs(min) = " + Math.abs(min));
        System.out.println("min/-1 = " + (min / neg1()));
        System.out.println("min%-1 = " + (min % neg1()));
        int x = 1;
        for (int i = 0; i < 40; i++) { x *= 3; if (i % 5 == 0) System.out.println("3^" + (i + 1) + " = " + x); }
        int h = 0;
        for (int i = 0; i < 1000; i++) h = h * 31 + i;
        System.out.println("hash = " + h);
        System.out.println("max+max = " + (max + max));
        System.out.println("min+min = " + (min + min));
        int c = max; c++; System.out.println("c++ = " + c);
        c = min; c--; System.out.println("c-- = " + c);
        c = 123456789; c *= 987654321; System.out.println("c*= " + c);
    }
    static int neg1() { return -1; }
}
