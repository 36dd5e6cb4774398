// Source: Rosetta Code, "Perfect numbers" and "Abundant, deficient and perfect number classifications".
public class RcPerfectNumbers {
    static int properDivisorSum(int n) {
        int sum = n > 1 ? 1 : 0;
        for (int d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                sum += d;
                if (d * d != n) {
                    sum += n / d;
                }
            }
        }
        return sum;
    }

    public static void main(String[] args) {
        int deficient = 0;
        int perfect = 0;
        int abundant = 0;
        StringBuilder perfects = new StringBuilder();
        for (int n = 1; n <= 20000; n++) {
            int s = properDivisorSum(n);
            if (s < n) {
                deficient++;
            } else if (s == n) {
                perfect++;
                perfects.append(n).append(' ');
            } else {
                abundant++;
            }
        }
        System.out.println("perfect numbers: " + perfects.toString().trim());
        System.out.printf("deficient %d, perfect %d, abundant %d%n", deficient, perfect, abundant);
    }
}
