public class GenericMethods {
    interface Fn<A, B> { B apply(A a); }
    static <A, B> Object[] map(A[] in, Fn<A, B> f) { Object[] out = new Object[in.length]; for (int i = 0; i < in.length; i++) out[i] = f.apply(in[i]); return out; }
    static <T extends Comparable<T>> T maxOf(T[] xs) { T best = xs[0]; for (T x : xs) if (x.compareTo(best) > 0) best = x; return best; }
    static <T> void swap(T[] a, int i, int j) { T t = a[i]; a[i] = a[j]; a[j] = t; }
    static <T> T firstNonNull(T a, T b) { return a != null ? a : b; }
    static <K, V> String pair(K k, V v) { return k + "=" + v; }
    public static void main(String[] args) {
        String[] words = { "kiwi", "banana", "fig", "cherry" };
        Object[] lens = map(words, new Fn<String, Integer>() { public Integer apply(String s) { return s.length(); } });
        StringBuilder sb = new StringBuilder(); for (Object o : lens) sb.append(o).append(' '); System.out.println(sb);
        System.out.println(maxOf(words) + " " + maxOf(new Integer[] { 3, 9, -2, 9, 4 }));
        swap(words, 0, 3); System.out.println(words[0] + " " + words[3]);
        System.out.println(firstNonNull(null, "fallback") + " " + firstNonNull("first", "second") + " " + GenericMethods.<Integer>firstNonNull(null, 5));
        System.out.println(pair("k", 1) + " " + pair(2L, 'c') + " " + pair(null, true));
    }
}
