// Source: Rosetta Code, "Evaluate binomial coefficients" and "Catalan numbers".
public class RcBinomial {
    static long binomial(int n, int k) {
        long result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    public static void main(String[] args) {
        System.out.println("C(5,3) = " + binomial(5, 3));
        System.out.println("C(60,30) = " + binomial(60, 30));
        for (int n = 0; n <= 15; n++) {
            System.out.print(binomial(2 * n, n) / (n + 1) + " ");
        }
        System.out.println();
    }
}
