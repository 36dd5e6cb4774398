// Source: Are We Fast Yet? benchmark suite (Marr et al.), "Permute".
public class AwfyPermute {
    private int count;
    private int[] v;

    public static void main(String[] args) {
        // The iterations may be given, as the suite's harness does; the result is the same for any count.
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int result = 0;
        for (int i = 0; i < iterations; i++) {
            AwfyPermute p = new AwfyPermute();
            p.v = new int[6];
            p.permute(6);
            result = p.count;
        }
        System.out.println("Permute: " + result + (result == 8660 ? " (verified)" : " (WRONG)"));
    }

    void permute(int n) {
        count++;
        if (n != 0) {
            int n1 = n - 1;
            permute(n1);
            for (int i = n1; i >= 0; i--) {
                swap(n1, i);
                permute(n1);
                swap(n1, i);
            }
        }
    }

    void swap(int i, int j) {
        int tmp = v[i];
        v[i] = v[j];
        v[j] = tmp;
    }
}
