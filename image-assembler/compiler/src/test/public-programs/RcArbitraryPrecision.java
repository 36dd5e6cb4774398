// Source: Rosetta Code, "Arbitrary-precision integers (included)": 5^4^3^2.
import java.math.BigInteger;

public class RcArbitraryPrecision {
    public static void main(String[] args) {
        BigInteger x = BigInteger.valueOf(5).pow(BigInteger.valueOf(4).pow(BigInteger.valueOf(3).pow(2).intValue()).intValue());
        String s = x.toString();
        System.out.println("5^4^3^2 = " + s.substring(0, 20) + "..." + s.substring(s.length() - 20) + " and has "
                + s.length() + " digits");
    }
}
