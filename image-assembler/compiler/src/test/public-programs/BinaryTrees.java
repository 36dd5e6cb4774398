// args: 10
// Source: The Computer Language Benchmarks Game, "binary-trees".
public class BinaryTrees {
    private static final int MIN_DEPTH = 4;

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int maxDepth = Math.max(MIN_DEPTH + 2, n);
        int stretchDepth = maxDepth + 1;
        System.out.println("stretch tree of depth " + stretchDepth + "\t check: " + TreeNode.create(stretchDepth).check());
        TreeNode longLived = TreeNode.create(maxDepth);
        for (int depth = MIN_DEPTH; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + MIN_DEPTH);
            int check = 0;
            for (int i = 1; i <= iterations; i++) {
                check += TreeNode.create(depth).check();
            }
            System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
    }

    private static final class TreeNode {
        private final TreeNode left;
        private final TreeNode right;

        private TreeNode(TreeNode left, TreeNode right) {
            this.left = left;
            this.right = right;
        }

        static TreeNode create(int depth) {
            return depth == 0 ? new TreeNode(null, null) : new TreeNode(create(depth - 1), create(depth - 1));
        }

        int check() {
            return left == null ? 1 : 1 + left.check() + right.check();
        }
    }
}
