import java.util.Iterator;
public class UserIterable {
    static final class Range implements Iterable<Integer> {
        final int lo, hi, step;
        Range(int lo, int hi, int step) { this.lo = lo; this.hi = hi; this.step = step; }
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int cur = lo;
                public boolean hasNext() { return step > 0 ? cur < hi : cur > hi; }
                public Integer next() { int v = cur; cur += step; return v; }
            };
        }
    }
    static final class Chars implements Iterable<Character> {
        final String s; Chars(String s) { this.s = s; }
        public Iterator<Character> iterator() { return new Iterator<Character>() { int i; public boolean hasNext() { return i < s.length(); } public Character next() { return s.charAt(i++); } }; }
    }
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int v : new Range(0, 20, 3)) sb.append(v).append(' ');
        for (int v : new Range(10, 0, -4)) sb.append(v).append(' ');
        System.out.println(sb);
        int n = 0; for (char c : new Chars("hello world")) if (c == 'o' || c == 'l') n++; System.out.println(n);
        Iterable<Integer> empty = new Range(5, 5, 1); int count = 0; for (Integer i : empty) count++; System.out.println("empty " + count);
        long total = 0; for (Integer a : new Range(0, 100, 1)) for (Integer b : new Range(0, a, 7)) total += b; System.out.println(total);
    }
}
