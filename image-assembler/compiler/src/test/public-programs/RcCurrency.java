// Source: Rosetta Code, "Currency".
import java.math.BigDecimal;
import java.math.RoundingMode;

public class RcCurrency {
    public static void main(String[] args) {
        BigDecimal hamburgers = new BigDecimal("4000000000000000");
        BigDecimal hamburgerPrice = new BigDecimal("5.50");
        BigDecimal milkshakes = new BigDecimal("2");
        BigDecimal milkshakePrice = new BigDecimal("2.86");
        BigDecimal taxRate = new BigDecimal("0.0765");
        BigDecimal subtotal = hamburgers.multiply(hamburgerPrice).add(milkshakes.multiply(milkshakePrice));
        BigDecimal tax = subtotal.multiply(taxRate).setScale(2, RoundingMode.HALF_UP);
        System.out.println("subtotal " + subtotal);
        System.out.println("tax " + tax);
        System.out.println("total " + subtotal.add(tax));
    }
}
