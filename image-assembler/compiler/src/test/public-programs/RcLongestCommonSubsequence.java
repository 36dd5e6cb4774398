// Source: Rosetta Code, "Longest common subsequence".
public class RcLongestCommonSubsequence {
    static String lcs(String a, String b) {
        int[][] lengths = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i < a.length(); i++) {
            for (int j = 0; j < b.length(); j++) {
                lengths[i + 1][j + 1] = a.charAt(i) == b.charAt(j) ? lengths[i][j] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int x = a.length(), y = b.length(); x != 0 && y != 0; ) {
            if (lengths[x][y] == lengths[x - 1][y]) {
                x--;
            } else if (lengths[x][y] == lengths[x][y - 1]) {
                y--;
            } else {
                sb.append(a.charAt(x - 1));
                x--;
                y--;
            }
        }
        return sb.reverse().toString();
    }

    public static void main(String[] args) {
        System.out.println(lcs("thisisatest", "testing123testing"));
        System.out.println(lcs("1234", "1224533324"));
    }
}
