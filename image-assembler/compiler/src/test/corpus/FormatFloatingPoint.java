public class FormatFloatingPoint {
    public static void main(String[] args) {
        double[] values = {0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.15, 0.25, 0.35, 1.005, 2.675, 1e-5, 123456.789, 1e7, 1.0E23, 9.999999999999999E22,
            Double.MIN_VALUE, Double.MAX_VALUE, 4.35, 0.045, 1234.5, 99.995, 0.000123456, 5e-324, 1.0 / 3, 2.0 / 3, 100, 1e100, 123e-300};
        for (double v : values) {
            System.out.println(String.format("%f | %.0f | %.1f | %.2f | %.3f | %.20f | %e | %.0e | %.2e | %.12E | %g | %.3g | %G", v, v, v, v, v, v, v, v, v, v, v, v, v));
        }
        double[] special = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : special) {
            System.out.println(String.format("%f|%e|%10.2f|%-10f|%+f|%(f|%010f|%E|%g", v, v, v, v, v, v, v, v, v));
        }
        System.out.println(String.format("%,.2f %,f %(,.3f %+,.1f %,015.2f %(.2f %(10.2f", 1234567.891, 987654.0, -1234.5, 1e6, -1234.5, -5.5, -5.5));
        System.out.println(String.format("%#.0f %#.0e %012.4e %-12.2e| % .3e %+.3e %(.3e", 3.0, 3.0, -1234.5, 0.001, 5.0, 5.0, -5.0));
        System.out.println(String.format("%.1f %.2f %.3f %.1e", 0.05f, 1.1f, 3.14159f, 1.25f));
        System.out.println(String.format("%g %g %g %g %g %g %.0g", 0.0001, 0.00001, 123456.0, 1234567.0, 1.0, 99999.95, 5.0));
        System.out.println(String.format("%10.4f|%-10.4f|%010.4f|% 10.4f", Math.PI, Math.PI, -Math.PI, Math.PI));
        double sum = 0;
        for (int i = 1; i <= 20; i++) {
            sum += 1.0 / i;
            System.out.printf("H(%2d) = %.10f  %.3e%n", i, sum, sum / i);
        }
        try {
            String.format("%,e", 1.0);
        } catch (java.util.FormatFlagsConversionMismatchException e) {
            System.out.println(e.getMessage());
        }
        try {
            String.format("%#g", 1.0);
        } catch (java.util.FormatFlagsConversionMismatchException e) {
            System.out.println(e.getMessage());
        }
        try {
            String.format("%f", 5);
        } catch (java.util.IllegalFormatConversionException e) {
            System.out.println(e.getMessage());
        }
    }
}
