public class LabeledBreakContinue {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.println("i=" + i + " j=" + j);
            }
            System.out.println("never");
        }
        int found = -1;
        search:
        for (int a = 0; a < 10; a++) {
            for (int b = 0; b < 10; b++) {
                for (int c = 0; c < 10; c++) {
                    if (a * 100 + b * 10 + c == a * a * a + b * b * b + c * c * c && a > 0) { found = a * 100 + b * 10 + c; break search; }
                }
            }
        }
        System.out.println("armstrong " + found);
        int n = 0;
        block: {
            n++;
            if (n > 0) break block;
            n = 100;
        }
        System.out.println("n=" + n);
        int k = 0;
        loop:
        while (true) {
            k++;
            do {
                k += 2;
                if (k % 7 == 0) continue loop;
                if (k > 40) break loop;
            } while (k % 5 != 0);
            System.out.println("k=" + k);
        }
        System.out.println("final k=" + k);
    }
}
