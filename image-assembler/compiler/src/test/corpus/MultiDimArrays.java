public class MultiDimArrays {
    public static void main(String[] args) {
        int[][] grid = new int[4][5];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 5; j++) grid[i][j] = i * j - 3;
        long[][][] cube = new long[2][3][4];
        cube[1][2][3] = Long.MAX_VALUE;
        char[][] board = new char[3][3];
        for (char[] row : board) for (int j = 0; j < 3; j++) row[j] = '.';
        board[1][1] = 'X';
        for (int[] row : grid) { StringBuilder sb = new StringBuilder(); for (int v : row) sb.append(v).append(' '); System.out.println(sb); }
        System.out.println(cube.length + " " + cube[0].length + " " + cube[0][0].length + " " + cube[1][2][3] + " " + cube[0][1][2]);
        for (char[] row : board) System.out.println(new String(row));
        String[][] names = new String[2][2]; names[0][1] = "x"; System.out.println(names[0][0] + " " + names[0][1]);
        int[][] partial = new int[3][]; partial[2] = new int[] { 7 }; System.out.println((partial[0] == null) + " " + partial[2][0]);
    }
}
