// Source: Rosetta Code, "Luhn test of credit card numbers".
public class RcLuhnTest {
    static boolean luhn(String number) {
        int s1 = 0;
        int s2 = 0;
        String reverse = new StringBuffer(number).reverse().toString();
        for (int i = 0; i < reverse.length(); i++) {
            int digit = Character.digit(reverse.charAt(i), 10);
            if (i % 2 == 0) {
                s1 += digit;
            } else {
                s2 += 2 * digit;
                if (digit >= 5) {
                    s2 -= 9;
                }
            }
        }
        return (s1 + s2) % 10 == 0;
    }

    public static void main(String[] args) {
        for (String n : new String[] {"49927398716", "49927398717", "1234567812345678", "1234567812345670"}) {
            System.out.println(n + " " + luhn(n));
        }
    }
}
