public class ConstantDivByZero {
    public static void main(String[] args) {
        int x = args.length + 5;
        try { System.out.println(x / 0); } catch (ArithmeticException e) { System.out.println("int / 0: " + e.getMessage()); }
        try { System.out.println(x % 0); } catch (ArithmeticException e) { System.out.println("int % 0: " + e.getMessage()); }
        long y = x;
        try { System.out.println(y / 0L); } catch (ArithmeticException e) { System.out.println("long / 0: " + e.getMessage()); }
        try { System.out.println(y % 0L); } catch (ArithmeticException e) { System.out.println("long % 0: " + e.getMessage()); }
        try { int z = 0; x /= z; } catch (ArithmeticException e) { System.out.println("compound: " + e.getMessage() + " x still " + x); }
        System.out.println(0 / (x + 1) + " " + (-0 % 5));
    }
}
