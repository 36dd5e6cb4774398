public class GridBfs {
    public static void main(String[] args) {
        String[] maze = { "S.#.......", ".##.####..", "....#..#.#", "#.#.#.##..", "..#...#..#", ".####.#.#.", "......#..E" };
        int h = maze.length, w = maze[0].length();
        int[] dist = new int[h * w]; for (int i = 0; i < dist.length; i++) dist[i] = -1;
        int[] queue = new int[h * w]; int qh = 0, qt = 0; int start = 0, end = -1;
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) { if (maze[y].charAt(x) == 'S') start = y * w + x; if (maze[y].charAt(x) == 'E') end = y * w + x; }
        dist[start] = 0; queue[qt++] = start;
        int[] dx = { 1, -1, 0, 0 }, dy = { 0, 0, 1, -1 };
        while (qh < qt) { int cur = queue[qh++]; int cx = cur % w, cy = cur / w; for (int d = 0; d < 4; d++) { int nx = cx + dx[d], ny = cy + dy[d]; if (nx < 0 || ny < 0 || nx >= w || ny >= h || maze[ny].charAt(nx) == '#' || dist[ny * w + nx] >= 0) continue; dist[ny * w + nx] = dist[cur] + 1; queue[qt++] = ny * w + nx; } }
        System.out.println("distance " + dist[end] + " visited " + qt);
        int p = end; char[][] grid = new char[h][]; for (int y = 0; y < h; y++) grid[y] = maze[y].toCharArray();
        while (dist[p] > 0) { int px = p % w, py = p / w; for (int d = 0; d < 4; d++) { int nx = px + dx[d], ny = py + dy[d]; if (nx >= 0 && ny >= 0 && nx < w && ny < h && dist[ny * w + nx] == dist[p] - 1) { p = ny * w + nx; break; } } if (dist[p] > 0) grid[p / w][p % w] = '*'; }
        for (char[] row : grid) System.out.println(new String(row));
    }
}
