import java.util.ArrayList;
public class JosephusProblem {
    static int recursive(int n, int k) { return n == 1 ? 0 : (recursive(n - 1, k) + k) % n; }
    public static void main(String[] args) {
        for (int n = 1; n <= 10; n++) {
            ArrayList<Integer> people = new ArrayList<>();
            for (int i = 0; i < n; i++) people.add(i);
            StringBuilder order = new StringBuilder();
            int idx = 0;
            while (people.size() > 1) { idx = (idx + 2) % people.size(); order.append(people.remove(idx)).append(' '); }
            System.out.println(n + ": order " + order + "survivor " + people.get(0) + " formula " + recursive(n, 3));
        }
        System.out.println("n=1000,k=7 -> " + recursive(1000, 7));
    }
}
