// A loop one step past the end of its array: the uncaught exception's trace and exit status match
// the JVM's, after a loop that stays in bounds.
public class CountingLoopUncaught {
    static int[] squares(int n) {
        int[] a = new int[n];
        for (int i = 0; i < a.length; i++) {
            a[i] = i * i;
        }
        return a;
    }

    static int sumThrough(int[] a) {
        int s = 0;
        for (int i = 0; i <= a.length; i++) {
            s += a[i];
            System.out.println("partial " + s);
        }
        return s;
    }

    public static void main(String[] args) {
        int[] a = squares(4);
        System.out.println(a[3]);
        System.out.println(sumThrough(a));
    }
}
