// n-body: five planets under gravity, advanced by a fixed time step; double arithmetic in arrays.
// Arguments: steps, warm-up rounds, timed rounds. Prints the timed rounds' time and the final energy.
final class Main {
    private static final double PI = 3.141592653589793;
    private static final double SOLAR_MASS = 4 * PI * PI;
    private static final double DAYS_PER_YEAR = 365.24;

    public static void main(String[] args) {
        int steps = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        double energy = 0;
        for (int i = 0; i < warmup; i++) {
            energy = simulate(steps);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            energy = simulate(steps);
        }
        long elapsed = System.nanoTime() - start;
        System.out.println("time-ns: " + elapsed);
        System.out.println("check: " + energy);
    }

    static double simulate(int steps) {
        double[] x = {0, 4.84143144246472090e+00, 8.34336671824457987e+00, 1.28943695621391310e+01, 1.53796971148509165e+01};
        double[] y = {0, -1.16032004402742839e+00, 4.12479856412430479e+00, -1.51111514016986312e+01, -2.59193146099879641e+01};
        double[] z = {0, -1.03622044471123109e-01, -4.03523417114321381e-01, -2.23307578892655734e-01, 1.79258772950371181e-01};
        double[] vx = {0, 1.66007664274403694e-03, -2.76742510726862411e-03, 2.96460137564761618e-03, 2.68067772490389322e-03};
        double[] vy = {0, 7.69901118419740425e-03, 4.99852801234917238e-03, 2.37847173959480950e-03, 1.62824170038242295e-03};
        double[] vz = {0, -6.90460016972063023e-05, 2.30417297573763929e-05, -2.96589568540237556e-05, -9.51592254519715870e-05};
        double[] mass = {SOLAR_MASS, 9.54791938424326609e-04, 2.85885980666130812e-04, 4.36624404335156298e-05, 5.15138902046611451e-05};
        int n = x.length;
        for (int i = 1; i < n; i++) {
            vx[i] *= DAYS_PER_YEAR;
            vy[i] *= DAYS_PER_YEAR;
            vz[i] *= DAYS_PER_YEAR;
            mass[i] *= SOLAR_MASS;
        }
        double px = 0;
        double py = 0;
        double pz = 0;
        for (int i = 0; i < n; i++) {
            px += vx[i] * mass[i];
            py += vy[i] * mass[i];
            pz += vz[i] * mass[i];
        }
        vx[0] = -px / SOLAR_MASS;
        vy[0] = -py / SOLAR_MASS;
        vz[0] = -pz / SOLAR_MASS;
        double dt = 0.01;
        for (int s = 0; s < steps; s++) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = x[i] - x[j];
                    double dy = y[i] - y[j];
                    double dz = z[i] - z[j];
                    double d2 = dx * dx + dy * dy + dz * dz;
                    double distance = sqrt(d2);
                    double magnitude = dt / (d2 * distance);
                    vx[i] -= dx * mass[j] * magnitude;
                    vy[i] -= dy * mass[j] * magnitude;
                    vz[i] -= dz * mass[j] * magnitude;
                    vx[j] += dx * mass[i] * magnitude;
                    vy[j] += dy * mass[i] * magnitude;
                    vz[j] += dz * mass[i] * magnitude;
                }
            }
            for (int i = 0; i < n; i++) {
                x[i] += dt * vx[i];
                y[i] += dt * vy[i];
                z[i] += dt * vz[i];
            }
        }
        double e = 0;
        for (int i = 0; i < n; i++) {
            e += 0.5 * mass[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
            for (int j = i + 1; j < n; j++) {
                double dx = x[i] - x[j];
                double dy = y[i] - y[j];
                double dz = z[i] - z[j];
                e -= mass[i] * mass[j] / sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }

    // Newton's method from an exponent-halving first guess, written out so both sides run the same
    // arithmetic (Math.sqrt is a single instruction on HotSpot).
    static double sqrt(double v) {
        double guess = Double.longBitsToDouble((Double.doubleToRawLongBits(v) >> 1) + 0x1ff8000000000000L);
        for (int i = 0; i < 5; i++) {
            guess = 0.5 * (guess + v / guess);
        }
        return guess;
    }
}
