public class FloatingPointBits {
    static double[] xs = {0.0, -0.0, 1.5, -2.25, 1e300, -1e-300, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 3.0e9, -3.0e9, 9.3e18, 123.456};
    static double poly(double x) { return ((2.5 * x - 1.25) * x + 0.5) * x - 7; }
    static float f(float a, float b) { return a * b + a / b - b; }
    static double mix(int i, long l, float f, double d, int j, long k, float g, double h, double e, double e2, double e3, double e4, int last) {
        return i + l + f + d + j + k + g + h + e + e2 + e3 + e4 + last;
    }
    public static void main(String[] args) {
        long acc = 0;
        for (double x : xs) {
            acc = acc * 31 + (int) x;
            acc = acc * 31 + (long) x;
            acc = acc * 31 + Double.doubleToRawLongBits(x * 3 - 1);
            acc = acc * 31 + (x < 1 ? 1 : 0) + (x > 1 ? 2 : 0) + (x == x ? 4 : 0);
            acc = acc * 31 + Double.doubleToRawLongBits(-x);
            acc = acc * 31 + Float.floatToRawIntBits((float) x);
            acc = acc * 31 + Double.doubleToRawLongBits(x % 7.5) + Double.doubleToRawLongBits(7.5 % x);
            acc = acc * 31 + Double.doubleToRawLongBits(Math.sqrt(x));
            System.out.println(acc);
        }
        System.out.println(Double.doubleToRawLongBits(poly(1.7)) + " " + Float.floatToRawIntBits(f(3.5f, 1.25f)));
        System.out.println(Double.doubleToRawLongBits(mix(1, 2L, 3.5f, 4.25, 5, 6L, 7.5f, 8.75, 9.0, 10.0, 11.0, 12.0, 13)));
        double[] arr = new double[5];
        float[] farr = new float[5];
        for (int i = 0; i < 5; i++) { arr[i] = i / 3.0; farr[i] = i / 7f; }
        double s = 0; float fs = 0;
        for (int i = 0; i < 5; i++) { s += arr[i] * arr[i]; fs += farr[i]; }
        System.out.println(Double.doubleToRawLongBits(s) + " " + Float.floatToRawIntBits(fs));
        System.out.println((int) 3.99 + " " + (int) -3.99 + " " + (long) 1e19 + " " + (int) Float.NaN + " " + (char) 65.7 + " " + (byte) 300.5);
    }
}
