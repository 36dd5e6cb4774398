public class LocalClasses {
    interface Stack { void push(int v); int pop(); boolean empty(); }
    static Stack makeStack(int cap) {
        class ArrayStack implements Stack {
            final int[] data = new int[cap];
            int top;
            public void push(int v) { data[top++] = v; }
            public int pop() { return data[--top]; }
            public boolean empty() { return top == 0; }
        }
        return new ArrayStack();
    }
    public static void main(String[] args) {
        Stack s = makeStack(10);
        for (int i = 1; i <= 5; i++) s.push(i * i);
        StringBuilder sb = new StringBuilder();
        while (!s.empty()) sb.append(s.pop()).append(' ');
        System.out.println(sb);
        int mult = 3;
        class Point {
            final int x, y;
            Point(int x, int y) { this.x = x; this.y = y; }
            Point scaled() { return new Point(x * mult, y * mult); }
            public String toString() { return "(" + x + "," + y + ")"; }
        }
        Point p = new Point(2, -5);
        System.out.println(p + " " + p.scaled() + " " + p.scaled().scaled());
        class Fact { long of(int n) { return n <= 1 ? 1 : n * of(n - 1); } }
        System.out.println(new Fact().of(20));
    }
}
