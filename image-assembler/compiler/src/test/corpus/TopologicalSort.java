import java.util.ArrayList;
public class TopologicalSort {
    public static void main(String[] args) {
        String[] tasks = { "wake", "shower", "dress", "coffee", "breakfast", "leave", "brush" };
        int[][] deps = { { 0, 1 }, { 0, 3 }, { 1, 2 }, { 3, 4 }, { 4, 6 }, { 2, 5 }, { 6, 5 }, { 1, 6 } };
        int n = tasks.length; int[] indeg = new int[n];
        ArrayList<ArrayList<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        for (int[] d : deps) { adj.get(d[0]).add(d[1]); indeg[d[1]]++; }
        int[] queue = new int[n]; int h = 0, t = 0;
        for (int i = 0; i < n; i++) if (indeg[i] == 0) queue[t++] = i;
        StringBuilder order = new StringBuilder();
        while (h < t) { int u = queue[h++]; order.append(tasks[u]).append(' '); for (int v : adj.get(u)) if (--indeg[v] == 0) queue[t++] = v; }
        System.out.println(order + (t == n ? "(complete)" : "(cycle)"));
        adj.get(5).add(0); for (int i = 0; i < n; i++) indeg[i] = 0; for (ArrayList<Integer> es : adj) for (int v : es) indeg[v]++;
        int zero = 0; for (int d : indeg) if (d == 0) zero++; System.out.println("roots after cycle " + zero);
    }
}
