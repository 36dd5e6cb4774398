public class Churn {
    static final class Node { final int value; Node left, right; Node(int v) { value = v; } }
    static Node build(int depth, int v) {
        Node n = new Node(v);
        if (depth > 0) { n.left = build(depth - 1, 2 * v); n.right = build(depth - 1, 2 * v + 1); }
        return n;
    }
    static long check(Node n) { return n == null ? 0 : n.value + 3 * check(n.left) + 7 * check(n.right); }
    public static void main(String[] args) {
        Node keep = build(12, 1);
        long before = check(keep);
        String[] names = new String[100];
        long sum = 0;
        for (int round = 0; round < 400; round++) {
            Node garbage = build(10, round);
            sum += check(garbage);
            names[round % 100] = "round " + round;
            int[] arr = new int[1000 + round];
            arr[round] = round;
            sum += arr[round];
        }
        long after = check(keep);
        System.out.println("checksum: " + before + " " + after + " sum " + sum + " " + names[42]);
    }
}
