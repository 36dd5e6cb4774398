// args: 1000
// Source: The Computer Language Benchmarks Game, "fasta".
import java.io.IOException;
import java.io.OutputStream;

public class Fasta {
    private static final int LINE_LENGTH = 60;
    private static final String ALU = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG"
            + "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
            + "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT"
            + "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA"
            + "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG"
            + "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC"
            + "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA";
    private static final byte[] IUB_CHARS = "acgtBDHKMNRSVWY".getBytes();
    private static final double[] IUB_PROBS = {0.27, 0.12, 0.12, 0.27, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02,
        0.02, 0.02, 0.02, 0.02};
    private static final byte[] HOMO_CHARS = "acgt".getBytes();
    private static final double[] HOMO_PROBS = {0.3029549426680, 0.1979883004921, 0.1975473066391, 0.3015094502008};
    private static int last = 42;

    private static double random(double max) {
        last = (last * 3877 + 29573) % 139968;
        return max * last / 139968;
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        OutputStream out = System.out;
        repeat(out, ">ONE Homo sapiens alu\n", ALU.getBytes(), n * 2);
        randomFasta(out, ">TWO IUB ambiguity codes\n", IUB_CHARS, IUB_PROBS, n * 3);
        randomFasta(out, ">THREE Homo sapiens frequency\n", HOMO_CHARS, HOMO_PROBS, n * 5);
        out.flush();
    }

    private static void repeat(OutputStream out, String header, byte[] alu, int n) throws IOException {
        out.write(header.getBytes());
        byte[] line = new byte[LINE_LENGTH + 1];
        int k = 0;
        while (n > 0) {
            int length = Math.min(LINE_LENGTH, n);
            for (int i = 0; i < length; i++) {
                line[i] = alu[k];
                k = (k + 1) % alu.length;
            }
            line[length] = '\n';
            out.write(line, 0, length + 1);
            n -= length;
        }
    }

    private static void randomFasta(OutputStream out, String header, byte[] chars, double[] probs, int n)
            throws IOException {
        out.write(header.getBytes());
        double[] cumulative = new double[probs.length];
        double sum = 0;
        for (int i = 0; i < probs.length; i++) {
            sum += probs[i];
            cumulative[i] = sum;
        }
        byte[] line = new byte[LINE_LENGTH + 1];
        while (n > 0) {
            int length = Math.min(LINE_LENGTH, n);
            for (int i = 0; i < length; i++) {
                double r = random(1.0);
                int j = 0;
                while (cumulative[j] < r) {
                    j++;
                }
                line[i] = chars[j];
            }
            line[length] = '\n';
            out.write(line, 0, length + 1);
            n -= length;
        }
    }
}
