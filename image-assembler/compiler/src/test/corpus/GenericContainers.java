public class GenericContainers {
    static final class Pair<A extends Comparable<A>, B> implements Comparable<Pair<A, B>> {
        final A a; final B b; Pair(A a, B b) { this.a = a; this.b = b; }
        public int compareTo(Pair<A, B> o) { return a.compareTo(o.a); }
        public String toString() { return a + "->" + b; }
    }
    static final class Cache<K, V> {
        private final Object[] keys, vals; private int n, hits, misses;
        Cache(int cap) { keys = new Object[cap]; vals = new Object[cap]; }
        @SuppressWarnings("unchecked") V get(K k) { for (int i = 0; i < n; i++) if (keys[i].equals(k)) { hits++; return (V) vals[i]; } misses++; return null; }
        void put(K k, V v) { int slot = n < keys.length ? n++ : (hits + misses) % keys.length; keys[slot] = k; vals[slot] = v; }
        String stats() { return "hits=" + hits + " misses=" + misses + " size=" + n; }
    }
    static <T extends Comparable<T>> void sort(T[] a) { for (int i = 1; i < a.length; i++) { T k = a[i]; int j = i - 1; while (j >= 0 && a[j].compareTo(k) > 0) { a[j + 1] = a[j]; j--; } a[j + 1] = k; } }
    public static void main(String[] args) {
        @SuppressWarnings("unchecked") Pair<String, Integer>[] ps = new Pair[] { new Pair<>("pear", 3), new Pair<>("apple", 1), new Pair<>("fig", 2) };
        sort(ps); StringBuilder sb = new StringBuilder(); for (Pair<String, Integer> p : ps) sb.append(p).append(' '); System.out.println(sb);
        Cache<String, Long> c = new Cache<>(3);
        String[] keys = { "a", "b", "a", "c", "d", "a", "b", "e", "a" };
        for (String k : keys) { Long v = c.get(k); if (v == null) { v = (long) k.hashCode() * 1000; c.put(k, v); } System.out.print(k + "=" + v + " "); }
        System.out.println(); System.out.println(c.stats());
        Integer[] nums = { 5, -2, 9, 0, 9, -7 }; sort(nums); sb.setLength(0); for (int v : nums) sb.append(v).append(' '); System.out.println(sb);
    }
}
