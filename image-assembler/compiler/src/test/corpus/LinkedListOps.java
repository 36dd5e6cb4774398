public class LinkedListOps {
    static final class Node { int val; Node next; Node(int v, Node n) { val = v; next = n; } }
    static Node fromArray(int... a) { Node h = null; for (int i = a.length - 1; i >= 0; i--) h = new Node(a[i], h); return h; }
    static String show(Node n) { StringBuilder sb = new StringBuilder("["); for (; n != null; n = n.next) { sb.append(n.val); if (n.next != null) sb.append("->"); } return sb.append(']').toString(); }
    static Node reverse(Node h) { Node prev = null; while (h != null) { Node nx = h.next; h.next = prev; prev = h; h = nx; } return prev; }
    static Node merge(Node a, Node b) { Node dummy = new Node(0, null), t = dummy; while (a != null && b != null) { if (a.val <= b.val) { t.next = a; a = a.next; } else { t.next = b; b = b.next; } t = t.next; } t.next = a != null ? a : b; return dummy.next; }
    static Node sort(Node h) { if (h == null || h.next == null) return h; Node slow = h, fast = h.next; while (fast != null && fast.next != null) { slow = slow.next; fast = fast.next.next; } Node second = slow.next; slow.next = null; return merge(sort(h), sort(second)); }
    static Node removeAll(Node h, int v) { Node dummy = new Node(0, h), p = dummy; while (p.next != null) { if (p.next.val == v) p.next = p.next.next; else p = p.next; } return dummy.next; }
    static int middle(Node h) { Node s = h, f = h; while (f != null && f.next != null) { s = s.next; f = f.next.next; } return s.val; }
    public static void main(String[] args) {
        Node l = fromArray(5, 3, 8, 1, 9, 2, 3, 7);
        System.out.println(show(l) + " middle " + middle(l));
        l = reverse(l); System.out.println(show(l));
        l = sort(l); System.out.println(show(l));
        l = removeAll(l, 3); System.out.println(show(l));
        System.out.println(show(merge(fromArray(1, 4, 9), fromArray(2, 3, 10, 11))));
        System.out.println(show(reverse(null)) + " " + show(sort(fromArray(1))));
    }
}
