// args: 100
// Source: The Computer Language Benchmarks Game, "spectral-norm".
import java.text.DecimalFormat;
import java.text.NumberFormat;

public class SpectralNorm {
    private static final NumberFormat FORMATTER = new DecimalFormat("#.000000000");

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        System.out.println(FORMATTER.format(new SpectralNorm().approximate(n)));
    }

    private double approximate(int n) {
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = 1;
        }
        double[] v = new double[n];
        for (int i = 0; i < 10; i++) {
            multiplyAtAv(n, u, v);
            multiplyAtAv(n, v, u);
        }
        double vBv = 0;
        double vv = 0;
        for (int i = 0; i < n; i++) {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        return Math.sqrt(vBv / vv);
    }

    private static double a(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    private static void multiplyAv(int n, double[] v, double[] av) {
        for (int i = 0; i < n; i++) {
            av[i] = 0;
            for (int j = 0; j < n; j++) {
                av[i] += a(i, j) * v[j];
            }
        }
    }

    private static void multiplyAtv(int n, double[] v, double[] atv) {
        for (int i = 0; i < n; i++) {
            atv[i] = 0;
            for (int j = 0; j < n; j++) {
                atv[i] += a(j, i) * v[j];
            }
        }
    }

    private static void multiplyAtAv(int n, double[] v, double[] atAv) {
        double[] u = new double[n];
        multiplyAv(n, v, u);
        multiplyAtv(n, u, atAv);
    }
}
