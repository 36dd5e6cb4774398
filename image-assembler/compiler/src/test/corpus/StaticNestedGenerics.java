public class StaticNestedGenerics {
    static final class Stack<T> {
        private Object[] items = new Object[2];
        private int size;
        void push(T t) { if (size == items.length) { Object[] bigger = new Object[size * 2]; for (int i = 0; i < size; i++) bigger[i] = items[i]; items = bigger; } items[size++] = t; }
        @SuppressWarnings("unchecked") T pop() { T t = (T) items[--size]; items[size] = null; return t; }
        boolean isEmpty() { return size == 0; }
        int size() { return size; }
    }
    static final class LinkedQueue<T> {
        private static final class Node<T> { final T v; Node<T> next; Node(T v) { this.v = v; } }
        private Node<T> head, tail; private int n;
        void add(T v) { Node<T> node = new Node<>(v); if (tail == null) head = tail = node; else { tail.next = node; tail = node; } n++; }
        T poll() { if (head == null) return null; T v = head.v; head = head.next; if (head == null) tail = null; n--; return v; }
    }
    public static void main(String[] args) {
        Stack<String> s = new Stack<>();
        for (int i = 0; i < 20; i++) s.push("item" + i);
        System.out.println("size " + s.size());
        StringBuilder sb = new StringBuilder();
        while (!s.isEmpty()) sb.append(s.pop()).append(',');
        System.out.println(sb);
        LinkedQueue<Integer> q = new LinkedQueue<>();
        for (int i = 0; i < 10; i++) q.add(i * i);
        Integer v; int total = 0;
        while ((v = q.poll()) != null) { total += v; System.out.print(v + " "); }
        System.out.println("\ntotal " + total + " " + q.n);
    }
}
