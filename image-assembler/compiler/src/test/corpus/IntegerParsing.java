public class IntegerParsing {
    static String tryParse(String s, int radix) { try { return String.valueOf(Integer.parseInt(s, radix)); } catch (NumberFormatException e) { return "NFE(" + e.getMessage() + ")"; } }
    public static void main(String[] args) {
        String[] in = { "0", "-0", "+0", "2147483647", "-2147483648", "2147483648", "-2147483649", "007", "  1", "1 ", "", "-", "+", "12a", "99999999999" };
        for (String s : in) System.out.println("[" + s + "] " + tryParse(s, 10));
        System.out.println(tryParse("7fffffff", 16) + " " + tryParse("-80000000", 16) + " " + tryParse("80000000", 16) + " " + tryParse("zz", 36) + " " + tryParse("102", 2) + " " + tryParse("-1010", 2));
        int sum = 0; for (int i = -500; i <= 500; i += 37) sum += Integer.parseInt(Integer.toString(i)); System.out.println(sum);
        System.out.println(Integer.valueOf("42").equals(42) + " " + Integer.toString(Integer.MIN_VALUE, 36) + " " + Integer.parseInt(Integer.toString(Integer.MIN_VALUE, 36), 36));
    }
}
