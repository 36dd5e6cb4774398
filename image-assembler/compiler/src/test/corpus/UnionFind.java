public class UnionFind {
    final int[] parent, rank; int sets;
    UnionFind(int n) { parent = new int[n]; rank = new int[n]; sets = n; for (int i = 0; i < n; i++) parent[i] = i; }
    int find(int x) { while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; }
    boolean union(int a, int b) { int ra = find(a), rb = find(b); if (ra == rb) return false; if (rank[ra] < rank[rb]) { int t = ra; ra = rb; rb = t; } parent[rb] = ra; if (rank[ra] == rank[rb]) rank[ra]++; sets--; return true; }
    public static void main(String[] args) {
        UnionFind uf = new UnionFind(100);
        int merged = 0; long seed = 7;
        for (int i = 0; i < 80; i++) { seed = (seed * 48271) % 2147483647; int a = (int) (seed % 100); seed = (seed * 48271) % 2147483647; int b = (int) (seed % 100); if (uf.union(a, b)) merged++; }
        System.out.println("merged " + merged + " sets " + uf.sets);
        int[] sizes = new int[100]; for (int i = 0; i < 100; i++) sizes[uf.find(i)]++;
        int largest = 0, singletons = 0; for (int s : sizes) { if (s > largest) largest = s; if (s == 1) singletons++; }
        System.out.println("largest " + largest + " singletons " + singletons);
        int[][] edges = { { 0, 1, 4 }, { 0, 2, 3 }, { 1, 2, 1 }, { 1, 3, 2 }, { 2, 3, 4 }, { 3, 4, 2 }, { 4, 5, 6 }, { 3, 5, 7 } };
        for (int i = 0; i < edges.length; i++) for (int j = i + 1; j < edges.length; j++) if (edges[j][2] < edges[i][2]) { int[] t = edges[i]; edges[i] = edges[j]; edges[j] = t; }
        UnionFind k = new UnionFind(6); int w = 0; StringBuilder mst = new StringBuilder();
        for (int[] e : edges) if (k.union(e[0], e[1])) { w += e[2]; mst.append(e[0]).append('-').append(e[1]).append(' '); }
        System.out.println("mst " + mst + "weight " + w);
    }
}
