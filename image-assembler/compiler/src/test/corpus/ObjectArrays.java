public class ObjectArrays {
    static class Node { int v; Node next; Node(int v, Node next) { this.v = v; this.next = next; } }
    public static void main(String[] args) {
        String[] names = { "delta", "alpha", "charlie", "bravo" };
        for (int i = 1; i < names.length; i++) { String k = names[i]; int j = i - 1; while (j >= 0 && names[j].compareTo(k) > 0) { names[j + 1] = names[j]; j--; } names[j + 1] = k; }
        for (String n : names) System.out.println(n);
        Object[] mixed = { "s", Integer.valueOf(3), null, new StringBuilder("sb"), names };
        int nulls = 0, strs = 0;
        for (Object o : mixed) { if (o == null) nulls++; else if (o instanceof String) strs++; }
        System.out.println(nulls + " " + strs + " " + mixed.length);
        Node[] buckets = new Node[4];
        for (int i = 0; i < 10; i++) buckets[i % 4] = new Node(i, buckets[i % 4]);
        for (int b = 0; b < 4; b++) { StringBuilder sb = new StringBuilder(); for (Node n = buckets[b]; n != null; n = n.next) sb.append(n.v).append(' '); System.out.println(b + ": " + sb); }
        String[] copy = new String[names.length];
        for (int i = 0; i < names.length; i++) copy[i] = names[i];
        names[0] = "zulu";
        System.out.println(copy[0] + " " + names[0]);
        String[][] nested = new String[2][];
        nested[0] = new String[] { "x" }; nested[1] = new String[] { "y", "z" };
        System.out.println(nested[0].length + nested[1].length + nested[1][1]);
        String[] nulls2 = new String[3]; System.out.println(nulls2[1] + " " + (nulls2[2] == null));
    }
}
