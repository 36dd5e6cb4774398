// args: 60
// Source: The Computer Language Benchmarks Game, "pidigits" (the spigot algorithm with BigInteger).
import java.math.BigInteger;

public class PiDigits {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        BigInteger q = BigInteger.ONE;
        BigInteger r = BigInteger.ZERO;
        BigInteger t = BigInteger.ONE;
        int k = 1;
        int printed = 0;
        StringBuilder line = new StringBuilder();
        while (printed < n) {
            BigInteger three = BigInteger.valueOf(3);
            BigInteger four = BigInteger.valueOf(4);
            BigInteger digit = q.multiply(three).add(r).divide(t);
            BigInteger check = q.multiply(four).add(r).divide(t);
            if (digit.equals(check)) {
                line.append(digit);
                printed++;
                if (printed % 10 == 0) {
                    System.out.println(line + "\t:" + printed);
                    line.setLength(0);
                }
                BigInteger ten = BigInteger.TEN;
                r = r.subtract(digit.multiply(t)).multiply(ten);
                q = q.multiply(ten);
            } else {
                BigInteger kk = BigInteger.valueOf(k);
                BigInteger k2 = BigInteger.valueOf(2L * k + 1);
                r = q.shiftLeft(1).add(r).multiply(k2);
                q = q.multiply(kk);
                t = t.multiply(k2);
                k++;
            }
        }
        if (line.length() > 0) {
            System.out.printf("%-10s\t:%d%n", line, printed);
        }
    }
}
