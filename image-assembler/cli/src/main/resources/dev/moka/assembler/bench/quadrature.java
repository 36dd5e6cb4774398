// quadrature: adaptive Simpson integration of four functions called through an interface; the
// recursion holds its interval and estimates, all doubles, across its calls.
// Arguments: tolerance exponent, warm-up rounds, timed rounds. Prints the timed rounds' time and the integrals' sum.
final class Main {
    interface Function {
        double at(double x);
    }

    static final class Polynomial implements Function {
        public double at(double x) {
            return ((x - 3) * x + 2) * x - 1;
        }
    }

    static final class Ripple implements Function {
        public double at(double x) {
            return Math.sqrt(x) * (1 + x * x) / (1 + x * x * x * x);
        }
    }

    static final class Bump implements Function {
        public double at(double x) {
            double d = x - 1.5;
            return 1 / (d * d + 0.01);
        }
    }

    static final class Reciprocal implements Function {
        public double at(double x) {
            return 1 / (x + 0.125);
        }
    }

    public static void main(String[] args) {
        double tolerance = Math.pow(10, -Integer.parseInt(args[0]));
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Function[] functions = {new Polynomial(), new Ripple(), new Bump(), new Reciprocal()};
        double result = 0;
        for (int i = 0; i < warmup; i++) {
            result = integrateAll(functions, tolerance);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            result = integrateAll(functions, tolerance);
        }
        long elapsed = System.nanoTime() - start;
        System.out.println("time-ns: " + elapsed);
        System.out.println("check: " + result);
    }

    static double integrateAll(Function[] functions, double tolerance) {
        double sum = 0;
        for (Function f : functions) {
            sum += integrate(f, 0, 3, tolerance);
        }
        return sum;
    }

    static double integrate(Function f, double a, double b, double tolerance) {
        double fa = f.at(a);
        double fb = f.at(b);
        double m = (a + b) / 2;
        double fm = f.at(m);
        double whole = (b - a) / 6 * (fa + 4 * fm + fb);
        return refine(f, a, b, fa, fm, fb, whole, tolerance, 48);
    }

    /** Splits [a, b] in two until Simpson's rule on the halves agrees with the whole within the tolerance. */
    static double refine(Function f, double a, double b, double fa, double fm, double fb, double whole,
                         double tolerance, int depth) {
        double m = (a + b) / 2;
        double leftMid = (a + m) / 2;
        double rightMid = (m + b) / 2;
        double fl = f.at(leftMid);
        double fr = f.at(rightMid);
        double left = (m - a) / 6 * (fa + 4 * fl + fm);
        double right = (b - m) / 6 * (fm + 4 * fr + fb);
        double delta = left + right - whole;
        if (depth <= 0 || Math.abs(delta) <= 15 * tolerance) {
            return left + right + delta / 15;
        }
        return refine(f, a, m, fa, fl, fm, left, tolerance / 2, depth - 1)
                + refine(f, m, b, fm, fr, fb, right, tolerance / 2, depth - 1);
    }
}
