public class Permutations {
    static int count; static StringBuilder out = new StringBuilder();
    static void permute(char[] a, int k) { if (k == a.length) { count++; if (count <= 10) out.append(new String(a)).append(' '); return; } for (int i = k; i < a.length; i++) { char t = a[k]; a[k] = a[i]; a[i] = t; permute(a, k + 1); t = a[k]; a[k] = a[i]; a[i] = t; } }
    static boolean nextPermutation(int[] a) { int i = a.length - 2; while (i >= 0 && a[i] >= a[i + 1]) i--; if (i < 0) return false; int j = a.length - 1; while (a[j] <= a[i]) j--; int t = a[i]; a[i] = a[j]; a[j] = t; for (int l = i + 1, r = a.length - 1; l < r; l++, r--) { t = a[l]; a[l] = a[r]; a[r] = t; } return true; }
    public static void main(String[] args) {
        permute("abcd".toCharArray(), 0); System.out.println(count + ": " + out);
        count = 0; out.setLength(0); permute("abcdefg".toCharArray(), 0); System.out.println(count);
        int[] p = { 1, 1, 2, 3 }; int n = 1; StringBuilder sb = new StringBuilder("1123");
        while (nextPermutation(p)) { n++; sb.append(' '); for (int x : p) sb.append(x); }
        System.out.println(n + ": " + sb);
        int subsets = 0; long sumOfSums = 0; int[] set = { 3, 5, 7, 11, 13 };
        for (int mask = 0; mask < 1 << set.length; mask++) { int s = 0; for (int b = 0; b < set.length; b++) if ((mask >> b & 1) != 0) s += set[b]; if (s % 2 == 0) subsets++; sumOfSums += s; }
        System.out.println("even subsets " + subsets + " sum " + sumOfSums);
    }
}
