import java.util.ArrayList;
public class ArrayListOfArrays {
    public static void main(String[] args) {
        ArrayList<int[]> rows = new ArrayList<>();
        for (int r = 0; r < 6; r++) { int[] row = new int[r + 1]; row[0] = row[r] = 1; for (int c = 1; c < r; c++) row[c] = rows.get(r - 1)[c - 1] + rows.get(r - 1)[c]; rows.add(row); }
        for (int[] row : rows) { StringBuilder sb = new StringBuilder(); for (int v : row) sb.append(v).append(' '); System.out.println(sb); }
        ArrayList<StringBuilder> bufs = new ArrayList<>(2);
        for (int i = 0; i < 5; i++) bufs.add(new StringBuilder("b" + i));
        for (StringBuilder sb : bufs) sb.append('!');
        System.out.println(bufs);
        ArrayList<Long> longs = new ArrayList<>(); for (long v = 1; v > 0; v *= 7) longs.add(v);
        System.out.println(longs.size() + " " + longs.get(longs.size() - 1));
        longs.ensureCapacity(100); longs.trimToSize(); System.out.println(longs.size());
    }
}
