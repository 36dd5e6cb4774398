public class GameOfLife {
    static final int W = 20, H = 12;
    static boolean[] step(boolean[] g) { boolean[] n = new boolean[W * H]; for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) { int c = 0; for (int dy = -1; dy <= 1; dy++) for (int dx = -1; dx <= 1; dx++) { if (dx == 0 && dy == 0) continue; int xx = (x + dx + W) % W, yy = (y + dy + H) % H; if (g[yy * W + xx]) c++; } n[y * W + x] = g[y * W + x] ? (c == 2 || c == 3) : c == 3; } return n; }
    static void show(boolean[] g) { for (int y = 0; y < H; y++) { StringBuilder sb = new StringBuilder(); for (int x = 0; x < W; x++) sb.append(g[y * W + x] ? '#' : '.'); System.out.println(sb); } }
    public static void main(String[] args) {
        boolean[] g = new boolean[W * H];
        int[][] glider = { { 1, 0 }, { 2, 1 }, { 0, 2 }, { 1, 2 }, { 2, 2 } };
        for (int[] p : glider) g[p[1] * W + p[0]] = true;
        g[5 * W + 10] = g[5 * W + 11] = g[5 * W + 12] = true;
        show(g);
        for (int i = 0; i < 9; i++) g = step(g);
        System.out.println("after 9");
        show(g);
        int alive = 0; for (boolean b : g) if (b) alive++; System.out.println("alive " + alive);
    }
}
