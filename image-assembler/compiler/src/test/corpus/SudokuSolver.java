public class SudokuSolver {
    static int[] g = new int[81]; static long tries;
    static boolean ok(int p, int v) { int r = p / 9, c = p % 9; for (int i = 0; i < 9; i++) if (g[r * 9 + i] == v || g[i * 9 + c] == v) return false; int br = r / 3 * 3, bc = c / 3 * 3; for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) if (g[(br + i) * 9 + bc + j] == v) return false; return true; }
    static boolean solve(int p) { if (p == 81) return true; if (g[p] != 0) return solve(p + 1); for (int v = 1; v <= 9; v++) { tries++; if (ok(p, v)) { g[p] = v; if (solve(p + 1)) return true; g[p] = 0; } } return false; }
    public static void main(String[] args) {
        String puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
        for (int i = 0; i < 81; i++) g[i] = puzzle.charAt(i) - '0';
        System.out.println("solved " + solve(0) + " tries " + tries);
        for (int r = 0; r < 9; r++) { StringBuilder sb = new StringBuilder(); for (int c = 0; c < 9; c++) { sb.append(g[r * 9 + c]); if (c % 3 == 2 && c < 8) sb.append('|'); } System.out.println(sb); }
    }
}
