public class MathFunctions {
    static final double[] VALUES = {0.0, -0.0, 0.5, -1.75, 2.0, Math.PI, 10.0, 1e-3, -123456.789, 1e300, Double.MIN_VALUE,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    public static void main(String[] args) {
        for (double x : VALUES) {
            // Functions whose HotSpot results are exact or StrictMath's: printed in full.
            System.out.println(x + ": " + Math.abs(x) + " " + Math.floor(x) + " " + Math.ceil(x) + " " + Math.rint(x) + " "
                    + Math.round(x) + " " + Math.round((float) x) + " " + Math.signum(x) + " " + Math.toRadians(x) + " "
                    + Math.toDegrees(x) + " " + Math.max(x, 1.0) + " " + Math.min(x, -0.0) + " " + Math.max(-0.0, x) + " "
                    + Math.min(0.0f, (float) x) + " " + Math.abs((float) x) + " " + Math.atan(x) + " " + Math.atan2(x, 2.0) + " "
                    + Math.atan2(1.0, x) + " " + Math.hypot(x, 3) + " " + Math.sinh(x / 100) + " " + Math.cosh(x / 100) + " "
                    + Math.expm1(x / 100) + " " + Math.log1p(Math.abs(x)) + " " + Math.asin(x / 1e6) + " " + Math.acos(x / 1e6) + " "
                    + Math.ulp(x) + " " + Math.nextUp(x) + " " + Math.nextDown(x) + " " + Math.copySign(2.0, x) + " "
                    + Math.getExponent(x) + " " + Math.scalb(x, 3) + " " + Math.IEEEremainder(x, 1.5) + " " + Math.sqrt(x));
            // Functions HotSpot computes with its own intrinsics: to ten significant digits, as programs print them.
            System.out.println("  " + String.format("%.10g %.10g %.10g %.10g %.10g %.10g %.10g %.10g %.10g", Math.sin(x),
                    Math.cos(x), Math.tan(x / 7), Math.exp(x / 100), Math.log(Math.abs(x)), Math.log10(Math.abs(x)),
                    Math.pow(Math.abs(x), 0.75), Math.cbrt(x), Math.tanh(x / 10)));
        }
        System.out.println(Math.pow(2, 10) + " " + Math.pow(-2, 3) + " " + Math.pow(0.0, -1) + " " + Math.pow(Double.NaN, 0)
                + " " + Math.pow(1.0, Double.NaN) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(10, -2));
        System.out.println(StrictMath.sin(1.0) + " " + StrictMath.cos(1.0) + " " + StrictMath.exp(1.0) + " " + StrictMath.log(10)
                + " " + StrictMath.pow(2, 0.5) + " " + StrictMath.cbrt(-27) + " " + StrictMath.floor(-1.5) + " " + StrictMath.hypot(5, 12));
        System.out.println(Math.E + " " + Math.PI + " " + Math.TAU + " " + Math.floorMod(-7L, 3) + " " + Math.floorDiv(-7, 2));
        double sum = 0;
        for (int i = 1; i <= 1000; i++) {
            sum += Math.sin(i) * Math.cos(i) + Math.sqrt(i) / Math.log(i + 1);
        }
        System.out.printf("%.6f%n", sum);
    }
}
