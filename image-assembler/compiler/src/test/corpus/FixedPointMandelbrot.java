public class FixedPointMandelbrot {
    static final int SHIFT = 16, ONE = 1 << SHIFT;
    public static void main(String[] args) {
        String shades = " .:-=+*#%@";
        long total = 0;
        for (int y = 0; y < 20; y++) {
            StringBuilder row = new StringBuilder();
            for (int x = 0; x < 60; x++) {
                long cr = (long) (x - 40) * ONE / 20, ci = (long) (y - 10) * ONE / 9;
                long zr = 0, zi = 0; int it = 0;
                while (it < 50 && zr * zr + zi * zi <= 4L * ONE * ONE) { long nzr = ((zr * zr - zi * zi) >> SHIFT) + cr; zi = ((2 * zr * zi) >> SHIFT) + ci; zr = nzr; it++; }
                total += it; row.append(shades.charAt(it * (shades.length() - 1) / 50));
            }
            System.out.println(row);
        }
        System.out.println("total iterations " + total);
    }
}
