// Source: Rosetta Code, "Hailstone sequence".
import java.util.ArrayList;
import java.util.List;

public class RcHailstone {
    static List<Long> hailstone(long n) {
        List<Long> seq = new ArrayList<>();
        seq.add(n);
        while (n != 1) {
            n = n % 2 == 0 ? n / 2 : 3 * n + 1;
            seq.add(n);
        }
        return seq;
    }

    public static void main(String[] args) {
        List<Long> h27 = hailstone(27);
        System.out.println("27: length " + h27.size() + ", starts " + h27.subList(0, 4) + ", ends "
                + h27.subList(h27.size() - 4, h27.size()));
        int longest = 0;
        int at = 0;
        for (int i = 1; i < 100000; i++) {
            int len = hailstone(i).size();
            if (len > longest) {
                longest = len;
                at = i;
            }
        }
        System.out.println("longest below 100000: " + at + " with " + longest + " elements");
    }
}
