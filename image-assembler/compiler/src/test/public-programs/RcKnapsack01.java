// Source: Rosetta Code, "Knapsack problem/0-1".
import java.util.ArrayList;
import java.util.List;

public class RcKnapsack01 {
    record Item(String name, int weight, int value) {
    }

    public static void main(String[] args) {
        List<Item> items = List.of(new Item("map", 9, 150), new Item("compass", 13, 35), new Item("water", 153, 200),
                new Item("sandwich", 50, 160), new Item("glucose", 15, 60), new Item("tin", 68, 45),
                new Item("banana", 27, 60), new Item("apple", 39, 40), new Item("cheese", 23, 30),
                new Item("beer", 52, 10), new Item("suntan cream", 11, 70), new Item("camera", 32, 30),
                new Item("T-shirt", 24, 15), new Item("trousers", 48, 10), new Item("umbrella", 73, 40),
                new Item("waterproof trousers", 42, 70), new Item("waterproof overclothes", 43, 75),
                new Item("note-case", 22, 80), new Item("sunglasses", 7, 20), new Item("towel", 18, 12),
                new Item("socks", 4, 50), new Item("book", 30, 10));
        int capacity = 400;
        int[][] best = new int[items.size() + 1][capacity + 1];
        for (int i = 1; i <= items.size(); i++) {
            Item item = items.get(i - 1);
            for (int w = 0; w <= capacity; w++) {
                best[i][w] = best[i - 1][w];
                if (item.weight() <= w) {
                    best[i][w] = Math.max(best[i][w], best[i - 1][w - item.weight()] + item.value());
                }
            }
        }
        List<Item> chosen = new ArrayList<>();
        int w = capacity;
        for (int i = items.size(); i > 0; i--) {
            if (best[i][w] != best[i - 1][w]) {
                chosen.add(0, items.get(i - 1));
                w -= items.get(i - 1).weight();
            }
        }
        int totalWeight = 0;
        for (Item item : chosen) {
            System.out.println(item);
            totalWeight += item.weight();
        }
        System.out.println("value " + best[items.size()][capacity] + ", weight " + totalWeight);
    }
}
