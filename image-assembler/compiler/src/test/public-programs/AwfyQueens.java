// Source: Are We Fast Yet? benchmark suite (Marr et al.), "Queens".
public class AwfyQueens {
    private boolean[] freeMaxs;
    private boolean[] freeRows;
    private boolean[] freeMins;
    private int[] queenRows;

    public static void main(String[] args) {
        // The iterations may be given, as the suite's harness does; the result is the same for any count.
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        boolean result = true;
        for (int i = 0; i < iterations; i++) {
            result = result && new AwfyQueens().queens();
        }
        System.out.println("Queens: " + result);
    }

    boolean queens() {
        freeRows = new boolean[8];
        freeMaxs = new boolean[16];
        freeMins = new boolean[16];
        queenRows = new int[8];
        java.util.Arrays.fill(freeRows, true);
        java.util.Arrays.fill(freeMaxs, true);
        java.util.Arrays.fill(freeMins, true);
        java.util.Arrays.fill(queenRows, -1);
        return placeQueen(0);
    }

    boolean placeQueen(int c) {
        for (int r = 0; r < 8; r++) {
            if (getRowColumn(r, c)) {
                queenRows[r] = c;
                setRowColumn(r, c, false);
                if (c == 7) {
                    return true;
                }
                if (placeQueen(c + 1)) {
                    return true;
                }
                setRowColumn(r, c, true);
            }
        }
        return false;
    }

    boolean getRowColumn(int r, int c) {
        return freeRows[r] && freeMaxs[c + r] && freeMins[c - r + 7];
    }

    void setRowColumn(int r, int c, boolean v) {
        freeRows[r] = v;
        freeMaxs[c + r] = v;
        freeMins[c - r + 7] = v;
    }
}
