public class DijkstraDense {
    static final long INF = Long.MAX_VALUE / 4;
    public static void main(String[] args) {
        int n = 8; long[] w = new long[n * n];
        for (int i = 0; i < n * n; i++) w[i] = INF;
        int[][] edges = { { 0, 1, 4 }, { 0, 2, 1 }, { 2, 1, 2 }, { 1, 3, 1 }, { 2, 3, 5 }, { 3, 4, 3 }, { 4, 5, 1 }, { 5, 6, 2 }, { 4, 6, 8 }, { 6, 7, 1 }, { 3, 7, 20 } };
        for (int[] e : edges) { w[e[0] * n + e[1]] = e[2]; w[e[1] * n + e[0]] = e[2]; }
        long[] dist = new long[n]; int[] prev = new int[n]; boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) { dist[i] = INF; prev[i] = -1; }
        dist[0] = 0;
        for (int it = 0; it < n; it++) {
            int u = -1; for (int i = 0; i < n; i++) if (!done[i] && (u < 0 || dist[i] < dist[u])) u = i;
            done[u] = true;
            for (int v = 0; v < n; v++) if (w[u * n + v] < INF && dist[u] + w[u * n + v] < dist[v]) { dist[v] = dist[u] + w[u * n + v]; prev[v] = u; }
        }
        for (int v = 0; v < n; v++) { StringBuilder path = new StringBuilder(); for (int p = v; p >= 0; p = prev[p]) path.insert(0, p + " "); System.out.println(v + ": " + dist[v] + " via " + path); }
    }
}
