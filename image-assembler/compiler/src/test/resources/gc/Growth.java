public class Growth {
    // The live set grows past the collector's first footprint while garbage is made all along, so
    // collections run at several live sizes and freed memory is bumped through again.
    static final class Cell { final int value; Cell next; Cell(int v) { value = v; } }

    public static void main(String[] args) {
        Object[] kept = new Object[24000];
        Cell chain = null;
        long sum = 0;
        for (int round = 0; round < kept.length; round++) {
            int[] block = new int[1000 + round % 7];
            block[round % block.length] = round;
            kept[round] = block;
            for (int g = 0; g < 4; g++) {
                int[] garbage = new int[900 + g];
                garbage[g] = round;
                sum += garbage[g];
            }
            if (round % 3 == 0) {
                Cell c = new Cell(round);
                c.next = chain;
                chain = c;
            }
        }
        long check = 0;
        for (Object o : kept) {
            int[] block = (int[]) o;
            for (int v : block) {
                check += v;
            }
        }
        int cells = 0;
        for (Cell c = chain; c != null; c = c.next) {
            check += c.value;
            cells++;
        }
        System.out.println("sum " + sum + " check " + check + " cells " + cells);
    }
}
