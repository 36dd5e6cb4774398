public class FloatBranches {
    static String orderings(double a, double b) {
        StringBuilder sb = new StringBuilder();
        if (a < b) sb.append('<');
        if (a <= b) sb.append("<=");
        if (a > b) sb.append('>');
        if (a >= b) sb.append(">=");
        if (a == b) sb.append("==");
        if (a != b) sb.append("!=");
        if (!(a < b)) sb.append("!<");
        if (!(a <= b)) sb.append("!<=");
        if (!(a > b)) sb.append("!>");
        if (!(a >= b)) sb.append("!>=");
        return sb.toString();
    }

    static String orderings(float a, float b) {
        return (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "")
                + (!(a < b) ? "!<" : "") + (!(a > b) ? "!>" : "") + (!(a <= b) ? "!<=" : "") + (!(a >= b) ? "!>=" : "");
    }

    static int escapes(double cr, double ci) {
        double zr = 0, zi = 0;
        int i = 0;
        while (i < 50 && zr * zr + zi * zi <= 4.0) {
            double t = zr * zr - zi * zi + cr;
            zi = 2 * zr * zi + ci;
            zr = t;
            i++;
        }
        return i;
    }

    public static void main(String[] args) {
        double[] ds = {Double.NaN, Double.NEGATIVE_INFINITY, -1.5, -0.0, 0.0, Double.MIN_VALUE, 1.5, Double.POSITIVE_INFINITY};
        for (double a : ds) {
            StringBuilder line = new StringBuilder();
            for (double b : ds) {
                line.append(orderings(a, b)).append(' ');
            }
            System.out.println(line);
        }
        float[] fs = {Float.NaN, -2f, -0f, 0f, 2f, Float.POSITIVE_INFINITY};
        for (float a : fs) {
            StringBuilder line = new StringBuilder();
            for (float b : fs) {
                line.append(orderings(a, b)).append(' ');
            }
            System.out.println(line);
        }
        int total = 0;
        for (double y = -1.5; y <= 1.5; y += 0.25) {
            for (double x = -2.0; x < 1.0; x += 0.25) {
                total += escapes(x, y);
            }
        }
        System.out.println(total + " " + escapes(Double.NaN, 0) + " " + escapes(0, Double.POSITIVE_INFINITY));
        double sum = 0;
        for (double v = 10; v > 0.001; v /= 3) {
            sum += v;
        }
        System.out.println(sum);
    }
}
