// Source: Rosetta Code, "Magic squares of odd order".
public class RcMagicSquare {
    public static void main(String[] args) {
        int n = 5;
        int[][] square = new int[n][n];
        int i = 0;
        int j = n / 2;
        for (int value = 1; value <= n * n; value++) {
            square[i][j] = value;
            int ni = (i - 1 + n) % n;
            int nj = (j + 1) % n;
            if (square[ni][nj] != 0) {
                ni = (i + 1) % n;
                nj = j;
            }
            i = ni;
            j = nj;
        }
        for (int[] row : square) {
            for (int v : row) {
                System.out.print(String.format("%3d", v));
            }
            System.out.println();
        }
        System.out.println("magic constant: " + n * (n * n + 1) / 2);
    }
}
