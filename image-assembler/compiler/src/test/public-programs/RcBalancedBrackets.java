// Source: Rosetta Code, "Balanced brackets".
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;

public class RcBalancedBrackets {
    static boolean balanced(String s) {
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            if (c == '[') {
                stack.push(c);
            } else if (stack.isEmpty()) {
                return false;
            } else {
                stack.pop();
            }
        }
        return stack.isEmpty();
    }

    public static void main(String[] args) {
        Random random = new Random(2024);
        for (int n = 0; n < 8; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 2 * n; i++) {
                sb.append(random.nextBoolean() ? '[' : ']');
            }
            System.out.printf("%-16s %s%n", sb, balanced(sb.toString()) ? "OK" : "NOT OK");
        }
    }
}
