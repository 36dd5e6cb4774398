// Source: Rosetta Code, "Dijkstra's algorithm".
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

public class RcDijkstra {
    record Edge(String from, String to, int cost) {
    }

    public static void main(String[] args) {
        List<Edge> edges = List.of(new Edge("a", "b", 7), new Edge("a", "c", 9), new Edge("a", "f", 14),
                new Edge("b", "c", 10), new Edge("b", "d", 15), new Edge("c", "d", 11), new Edge("c", "f", 2),
                new Edge("d", "e", 6), new Edge("e", "f", 9));
        Map<String, List<Edge>> graph = new HashMap<>();
        for (Edge e : edges) {
            graph.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
        }
        Map<String, Integer> dist = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        PriorityQueue<Map.Entry<String, Integer>> queue = new PriorityQueue<>(Map.Entry.comparingByValue());
        dist.put("a", 0);
        queue.add(Map.entry("a", 0));
        while (!queue.isEmpty()) {
            Map.Entry<String, Integer> current = queue.poll();
            String u = current.getKey();
            if (current.getValue() > dist.get(u)) {
                continue;
            }
            for (Edge e : graph.getOrDefault(u, List.of())) {
                int alt = dist.get(u) + e.cost();
                if (alt < dist.getOrDefault(e.to(), Integer.MAX_VALUE)) {
                    dist.put(e.to(), alt);
                    previous.put(e.to(), u);
                    queue.add(Map.entry(e.to(), alt));
                }
            }
        }
        for (String target : new String[] {"e", "f"}) {
            List<String> path = new ArrayList<>();
            for (String at = target; at != null; at = previous.get(at)) {
                path.add(at);
            }
            Collections.reverse(path);
            System.out.println("a -> " + target + ": " + String.join(" -> ", path) + " (" + dist.get(target) + ")");
        }
    }
}
