// args: 200
// Source: The Computer Language Benchmarks Game, "mandelbrot" (a portable bitmap on standard output).
import java.io.BufferedOutputStream;
import java.io.IOException;

public class Mandelbrot {
    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        BufferedOutputStream out = new BufferedOutputStream(System.out);
        out.write(("P4\n" + n + " " + n + "\n").getBytes());
        int bits = 0;
        int bitNumber = 0;
        for (int y = 0; y < n; y++) {
            double ci = 2.0 * y / n - 1.0;
            for (int x = 0; x < n; x++) {
                double zr = 0;
                double zi = 0;
                double cr = 2.0 * x / n - 1.5;
                int i = 0;
                while (i < 50 && zr * zr + zi * zi <= 4.0) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2.0 * zr * zi + ci;
                    zr = t;
                    i++;
                }
                bits = (bits << 1) | (i == 50 ? 1 : 0);
                bitNumber++;
                if (bitNumber == 8 || x == n - 1) {
                    if (bitNumber != 8) {
                        bits <<= 8 - bitNumber;
                    }
                    out.write(bits);
                    bits = 0;
                    bitNumber = 0;
                }
            }
        }
        out.flush();
    }
}
