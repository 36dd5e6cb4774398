public class DynamicProgramming {
    static int lcs(String a, String b) { int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1]; for (int i = 1; i <= a.length(); i++) { for (int j = 1; j <= b.length(); j++) cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]); int[] t = prev; prev = cur; cur = t; } return prev[b.length()]; }
    static int edit(String a, String b) { int m = b.length(); int[] d = new int[m + 1]; for (int j = 0; j <= m; j++) d[j] = j; for (int i = 1; i <= a.length(); i++) { int diag = d[0]; d[0] = i; for (int j = 1; j <= m; j++) { int up = d[j]; d[j] = Math.min(Math.min(d[j] + 1, d[j - 1] + 1), diag + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1)); diag = up; } } return d[m]; }
    static int knapsack(int[] w, int[] v, int cap) { int[] best = new int[cap + 1]; for (int i = 0; i < w.length; i++) for (int c = cap; c >= w[i]; c--) best[c] = Math.max(best[c], best[c - w[i]] + v[i]); return best[cap]; }
    static long coinWays(int[] coins, int amount) { long[] ways = new long[amount + 1]; ways[0] = 1; for (int c : coins) for (int a = c; a <= amount; a++) ways[a] += ways[a - c]; return ways[amount]; }
    static int lis(int[] a) { int[] tails = new int[a.length]; int len = 0; for (int x : a) { int lo = 0, hi = len; while (lo < hi) { int mid = (lo + hi) >>> 1; if (tails[mid] < x) lo = mid + 1; else hi = mid; } tails[lo] = x; if (lo == len) len++; } return len; }
    public static void main(String[] args) {
        System.out.println("lcs " + lcs("AGGTAB", "GXTXAYB") + " " + lcs("abcdefghij", "acegikmoqs") + " " + lcs("", "abc"));
        System.out.println("edit " + edit("kitten", "sitting") + " " + edit("flaw", "lawn") + " " + edit("", "abc") + " " + edit("same", "same"));
        System.out.println("knapsack " + knapsack(new int[] { 1, 3, 4, 5 }, new int[] { 1, 4, 5, 7 }, 7) + " " + knapsack(new int[] { 10, 20, 30 }, new int[] { 60, 100, 120 }, 50));
        System.out.println("coins " + coinWays(new int[] { 1, 2, 5 }, 5) + " " + coinWays(new int[] { 1, 5, 10, 25, 50 }, 1000) + " " + coinWays(new int[] { 2 }, 3));
        System.out.println("lis " + lis(new int[] { 10, 9, 2, 5, 3, 7, 101, 18 }) + " " + lis(new int[] { 0, 1, 0, 3, 2, 3 }) + " " + lis(new int[0]));
        long[] catalan = new long[31]; catalan[0] = 1; for (int n = 1; n <= 30; n++) for (int i = 0; i < n; i++) catalan[n] += catalan[i] * catalan[n - 1 - i];
        System.out.println("catalan " + catalan[10] + " " + catalan[20] + " " + catalan[30]);
    }
}
