// spectral-norm: power iteration on the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1); doubles.
// Arguments: n, warm-up rounds, timed rounds. Prints the timed rounds' time and vBv/vv.
final class Main {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        double result = 0;
        for (int i = 0; i < warmup; i++) {
            result = spectralNorm(n);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            result = spectralNorm(n);
        }
        long elapsed = System.nanoTime() - start;
        System.out.println("time-ns: " + elapsed);
        System.out.println("check: " + result);
    }

    static double spectralNorm(int n) {
        double[] u = new double[n];
        double[] v = new double[n];
        double[] scratch = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = 1;
        }
        for (int i = 0; i < 10; i++) {
            multiplyAtA(n, u, v, scratch);
            multiplyAtA(n, v, u, scratch);
        }
        double vBv = 0;
        double vv = 0;
        for (int i = 0; i < n; i++) {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        return vBv / vv;
    }

    static double a(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    static void multiplyAv(int n, double[] v, double[] out) {
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += a(i, j) * v[j];
            }
            out[i] = sum;
        }
    }

    static void multiplyAtv(int n, double[] v, double[] out) {
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += a(j, i) * v[j];
            }
            out[i] = sum;
        }
    }

    static void multiplyAtA(int n, double[] v, double[] out, double[] scratch) {
        multiplyAv(n, v, scratch);
        multiplyAtv(n, scratch, out);
    }
}
