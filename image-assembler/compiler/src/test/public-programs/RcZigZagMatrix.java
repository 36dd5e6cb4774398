// Source: Rosetta Code, "Zig-zag matrix".
import java.util.Arrays;

public class RcZigZagMatrix {
    public static void main(String[] args) {
        int n = 6;
        int[][] m = new int[n][n];
        int i = 0;
        int j = 0;
        for (int k = 0; k < n * n; k++) {
            m[i][j] = k;
            if ((i + j) % 2 == 0) {
                if (j < n - 1) {
                    j++;
                } else {
                    i += 2;
                }
                if (i > 0) {
                    i--;
                }
            } else {
                if (i < n - 1) {
                    i++;
                } else {
                    j += 2;
                }
                if (j > 0) {
                    j--;
                }
            }
        }
        for (int[] row : m) {
            System.out.println(Arrays.toString(row));
        }
    }
}
