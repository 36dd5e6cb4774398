// Source: Rosetta Code, "N-queens problem".
public class RcNQueens {
    private static int solutions;

    static boolean safe(int[] q, int n) {
        for (int i = 0; i < n; i++) {
            if (q[i] == q[n] || Math.abs(q[i] - q[n]) == n - i) {
                return false;
            }
        }
        return true;
    }

    static void place(int[] q, int k, boolean print) {
        int n = q.length;
        if (k == n) {
            solutions++;
            if (print && solutions == 1) {
                for (int row = 0; row < n; row++) {
                    StringBuilder line = new StringBuilder();
                    for (int col = 0; col < n; col++) {
                        line.append(q[row] == col ? "Q " : ". ");
                    }
                    System.out.println(line.toString().trim());
                }
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            q[k] = i;
            if (safe(q, k)) {
                place(q, k + 1, print);
            }
        }
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 9; n++) {
            solutions = 0;
            place(new int[n], 0, n == 8);
            System.out.println(n + " queens: " + solutions + " solutions");
        }
    }
}
