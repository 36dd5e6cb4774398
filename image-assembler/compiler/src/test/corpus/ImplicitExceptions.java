public class ImplicitExceptions {
    static int[] arr = new int[3];
    static String nul;
    static int zero() { return 0; }
    public static void main(String[] args) {
        try { System.out.println(10 / zero()); } catch (ArithmeticException e) { System.out.println("1 " + e.getMessage() + " | " + e); }
        try { System.out.println(10L % (long) zero()); } catch (ArithmeticException e) { System.out.println("2 " + e.getMessage()); }
        try { arr[3] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("3 " + e.getMessage()); }
        try { System.out.println(arr[-1]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("4 " + e.getMessage()); }
        try { System.out.println(nul.length()); } catch (NullPointerException e) { System.out.println("5 NPE"); }
        try { int[] x = new int[zero() - 5]; System.out.println(x.length); } catch (NegativeArraySizeException e) { System.out.println("7 " + e.getMessage()); }
        try { int[] n = null; System.out.println(n.length); } catch (NullPointerException e) { System.out.println("8 NPE"); }
        try { "abc".charAt(5); } catch (StringIndexOutOfBoundsException e) { System.out.println("9 " + e.getMessage()); }
        try { "abc".substring(2, 1); } catch (IndexOutOfBoundsException e) { System.out.println("10 " + e.getMessage()); }
        try { Integer.parseInt("12x"); } catch (NumberFormatException e) { System.out.println("11 " + e.getMessage()); }
        System.out.println("done");
    }
}
