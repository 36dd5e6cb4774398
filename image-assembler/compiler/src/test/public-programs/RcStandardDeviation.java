// Source: Rosetta Code, "Cumulative standard deviation" and "Averages/Arithmetic mean".
public class RcStandardDeviation {
    private int n;
    private double sum;
    private double sumSquares;

    double add(double x) {
        n++;
        sum += x;
        sumSquares += x * x;
        return Math.sqrt(sumSquares / n - (sum / n) * (sum / n));
    }

    public static void main(String[] args) {
        RcStandardDeviation sd = new RcStandardDeviation();
        for (double x : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) {
            System.out.println(x + " " + sd.add(x));
        }
        System.out.println("mean " + sd.sum / sd.n);
    }
}
