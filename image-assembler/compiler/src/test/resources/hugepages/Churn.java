/** Allocates 48 MiB in short-lived arrays, all of it fresh memory before the first collection. */
public class Churn {
    public static void main(String[] args) {
        long sum = 0;
        for (int i = 0; i < 768; i++) {
            long[] block = new long[8192];
            block[i % block.length] = i;
            sum += block[i % block.length] + block.length;
        }
        System.out.println(sum);
    }
}
