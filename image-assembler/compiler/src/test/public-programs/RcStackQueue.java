// Source: Rosetta Code, "Stack" and "Queue/Usage".
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedList;
import java.util.Queue;
import java.util.Stack;

public class RcStackQueue {
    public static void main(String[] args) {
        Stack<String> stack = new Stack<>();
        stack.push("first");
        stack.push("second");
        stack.push("third");
        System.out.println(stack + " peek=" + stack.peek() + " pop=" + stack.pop() + " empty=" + stack.empty());
        Queue<Integer> queue = new LinkedList<>();
        for (int i = 1; i <= 4; i++) {
            queue.offer(i * i);
        }
        System.out.println(queue.poll() + " " + queue.peek() + " " + queue);
        Deque<Character> deque = new ArrayDeque<>();
        for (char c : "deque".toCharArray()) {
            deque.addFirst(c);
        }
        System.out.println(deque + " " + deque.pollLast());
    }
}
