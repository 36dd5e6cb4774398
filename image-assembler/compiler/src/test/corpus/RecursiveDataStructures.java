public class RecursiveDataStructures {
    static final class Tree {
        final int key; Tree left, right;
        Tree(int key) { this.key = key; }
        static Tree insert(Tree t, int k) { if (t == null) return new Tree(k); if (k < t.key) t.left = insert(t.left, k); else if (k > t.key) t.right = insert(t.right, k); return t; }
        static int height(Tree t) { return t == null ? 0 : 1 + Math.max(height(t.left), height(t.right)); }
        static int size(Tree t) { return t == null ? 0 : 1 + size(t.left) + size(t.right); }
        static void inorder(Tree t, StringBuilder sb) { if (t == null) return; inorder(t.left, sb); sb.append(t.key).append(' '); inorder(t.right, sb); }
        static boolean contains(Tree t, int k) { while (t != null) { if (k == t.key) return true; t = k < t.key ? t.left : t.right; } return false; }
    }
    public static void main(String[] args) {
        Tree root = null;
        int seed = 12345;
        for (int i = 0; i < 200; i++) { seed = seed * 1103515245 + 12345; root = Tree.insert(root, (seed >>> 16) % 1000); }
        System.out.println("size " + Tree.size(root) + " height " + Tree.height(root));
        StringBuilder sb = new StringBuilder(); Tree.inorder(root, sb);
        String s = sb.toString();
        System.out.println(s.substring(0, 60));
        int hits = 0; for (int k = 0; k < 1000; k += 7) if (Tree.contains(root, k)) hits++;
        System.out.println("hits " + hits + " hash " + s.hashCode());
    }
}
