/**
 * Collections triggered inside allocations that the compiler inlines into their callers, while the
 * only references to live objects are locals of the caller or of the inlined callees. A reference a
 * stack map missed would leave its object to be swept and reused: the checksums would change, or the
 * heap check after each collection would fail.
 */
public class InlinedAllocations {
    static final class Cell {
        final int value;
        final Cell next;

        Cell(int value, Cell next) {
            this.value = value;
            this.next = next;
        }
    }

    static int[] garbage(int size) {
        return new int[size];
    }

    static Cell cons(int value, Cell next) {
        return new Cell(value, next);
    }

    /** The new cell is held only by this callee's local while the garbage is allocated. */
    static Cell prepend(Cell list, int value) {
        Cell cell = cons(value, list);
        int[] g = garbage(48);
        g[0] = value;
        return g[0] == value ? cell : null;
    }

    /** Two cells held by locals of two nested inlined activations across allocations. */
    static Cell pair(Cell list, int value) {
        Cell first = prepend(list, value);
        Cell second = prepend(first, -value);
        garbage(16);
        return second;
    }

    static long sum(Cell list) {
        long total = 0;
        int length = 0;
        for (Cell c = list; c != null; c = c.next) {
            total += c.value * (long) (length + 1);
            length++;
        }
        return total * 31 + length;
    }

    public static void main(String[] args) {
        long checksum = 0;
        Cell keep = null;
        for (int round = 0; round < 150; round++) {
            Cell list = null;
            for (int i = 0; i < 1500; i++) {
                list = pair(list, i + round);
            }
            checksum = checksum * 17 + sum(list);
            if (round % 50 == 0) {
                keep = cons(round, keep);
            }
        }
        System.out.println("checksum " + checksum + " kept " + sum(keep));
    }
}
