// Source: Rosetta Code, "Real constants and functions".
public class RcRealConstants {
    public static void main(String[] args) {
        System.out.println(Math.E + " " + Math.PI);
        System.out.println(Math.sqrt(2) + " " + Math.log(10) + " " + Math.log10(1000) + " " + Math.exp(1.5));
        System.out.println(Math.abs(-3.25) + " " + Math.floor(-2.5) + " " + Math.ceil(-2.5) + " " + Math.round(2.5));
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2.5, 1.5) + " " + Math.cbrt(27) + " " + Math.hypot(3, 4));
    }
}
