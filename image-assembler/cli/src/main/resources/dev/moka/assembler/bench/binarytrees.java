// binary-trees: allocates and walks many complete binary trees (the collector's benchmark).
// Arguments: maximum depth, warm-up rounds, timed rounds. Prints the timed rounds' time and the node counts.
final class Main {
    private static final int MIN_DEPTH = 4;

    public static void main(String[] args) {
        int maxDepth = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        long result = 0;
        for (int i = 0; i < warmup; i++) {
            result = run(maxDepth);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            result = run(maxDepth);
        }
        long elapsed = System.nanoTime() - start;
        System.out.println("time-ns: " + elapsed);
        System.out.println("check: " + result);
    }

    static long run(int maxDepth) {
        long total = Node.build(maxDepth + 1).count();
        Node longLived = Node.build(maxDepth);
        for (int depth = MIN_DEPTH; depth <= maxDepth; depth += 2) {
            int trees = 1 << (maxDepth - depth + MIN_DEPTH);
            long nodes = 0;
            for (int i = 0; i < trees; i++) {
                nodes += Node.build(depth).count();
            }
            total = total * 31 + nodes;
        }
        return total * 31 + longLived.count();
    }

    static final class Node {
        final Node left;
        final Node right;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        static Node build(int depth) {
            return depth == 0 ? new Node(null, null) : new Node(build(depth - 1), build(depth - 1));
        }

        int count() {
            return left == null ? 1 : 1 + left.count() + right.count();
        }
    }
}
