public class SieveOfEratosthenes {
    public static void main(String[] args) {
        int n = 10000;
        boolean[] composite = new boolean[n + 1];
        for (int i = 2; (long) i * i <= n; i++) if (!composite[i]) for (int j = i * i; j <= n; j += i) composite[j] = true;
        int count = 0; long sum = 0; int last = 0;
        StringBuilder first = new StringBuilder();
        for (int i = 2; i <= n; i++) if (!composite[i]) { count++; sum += i; last = i; if (count <= 25) first.append(i).append(' '); }
        System.out.println(first);
        System.out.println("count " + count + " sum " + sum + " last " + last);
        int twin = 0; for (int i = 3; i + 2 <= n; i++) if (!composite[i] && !composite[i + 2]) twin++;
        System.out.println("twin pairs " + twin);
        int maxGap = 0, gapAt = 0, prev = 2; for (int i = 3; i <= n; i++) if (!composite[i]) { if (i - prev > maxGap) { maxGap = i - prev; gapAt = prev; } prev = i; }
        System.out.println("max gap " + maxGap + " after " + gapAt);
    }
}
