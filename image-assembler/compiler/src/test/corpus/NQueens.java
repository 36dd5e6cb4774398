public class NQueens {
    static int solutions; static int[] firstSolution;
    static void place(int row, int n, int[] cols, int colMask, int d1, int d2) {
        if (row == n) { if (solutions++ == 0) firstSolution = cols.clone(); return; }
        int free = ~(colMask | d1 | d2) & ((1 << n) - 1);
        while (free != 0) { int bit = free & -free; free -= bit; cols[row] = Integer.numberOfTrailingZeros(bit); place(row + 1, n, cols, colMask | bit, (d1 | bit) << 1, (d2 | bit) >> 1); }
    }
    public static void main(String[] args) {
        for (int n = 1; n <= 10; n++) {
            solutions = 0; firstSolution = null;
            place(0, n, new int[n], 0, 0, 0);
            StringBuilder sb = new StringBuilder();
            if (firstSolution != null) for (int c : firstSolution) sb.append(c);
            System.out.println(n + ": " + solutions + " first " + sb);
        }
        solutions = 0; place(0, 8, new int[8], 0, 0, 0);
        for (int r = 0; r < 8; r++) { StringBuilder row = new StringBuilder(); for (int c = 0; c < 8; c++) row.append(firstSolution[r] == c ? 'Q' : '.'); System.out.println(row); }
    }
}
