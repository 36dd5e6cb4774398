// stdin-from: Fasta 1000
// Source: The Computer Language Benchmarks Game, "reverse-complement".
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

public class ReverseComplement {
    private static final byte[] MAP = new byte[128];

    static {
        String from = "ACGTUMRWSYKVHDBN";
        String to = "TGCAAKYWSRMBDHVN";
        for (int i = 0; i < MAP.length; i++) {
            MAP[i] = (byte) i;
        }
        for (int i = 0; i < from.length(); i++) {
            MAP[from.charAt(i)] = (byte) to.charAt(i);
            MAP[Character.toLowerCase(from.charAt(i))] = (byte) to.charAt(i);
        }
    }

    public static void main(String[] args) throws IOException {
        InputStream in = System.in;
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            all.write(buffer, 0, n);
        }
        byte[] data = all.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int start = 0;
        while (start < data.length) {
            int headerEnd = start;
            while (data[headerEnd] != '\n') {
                headerEnd++;
            }
            int next = headerEnd + 1;
            while (next < data.length && data[next] != '>') {
                next++;
            }
            out.write(data, start, headerEnd + 1 - start);
            ByteArrayOutputStream sequence = new ByteArrayOutputStream();
            for (int i = next - 1; i > headerEnd; i--) {
                if (data[i] != '\n') {
                    sequence.write(MAP[data[i]]);
                }
            }
            byte[] s = sequence.toByteArray();
            for (int i = 0; i < s.length; i += 60) {
                out.write(s, i, Math.min(60, s.length - i));
                out.write('\n');
            }
            start = next;
        }
        System.out.write(out.toByteArray());
        System.out.flush();
    }
}
