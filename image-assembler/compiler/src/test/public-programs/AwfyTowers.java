// Source: Are We Fast Yet? benchmark suite (Marr et al.), "Towers".
public class AwfyTowers {
    private static final class TowersDisk {
        private final int size;
        private TowersDisk next;

        TowersDisk(int size) {
            this.size = size;
        }
    }

    private TowersDisk[] piles;
    private int movesDone;

    public static void main(String[] args) {
        // The iterations may be given, as the suite's harness does; the result is the same for any count.
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int moves = 0;
        for (int i = 0; i < iterations; i++) {
            moves = new AwfyTowers().run();
        }
        System.out.println("Towers: " + moves + (moves == 8191 ? " (verified)" : " (WRONG)"));
    }

    int run() {
        piles = new TowersDisk[3];
        buildTowerAt(0, 13);
        movesDone = 0;
        moveDisks(13, 0, 1);
        return movesDone;
    }

    void pushDisk(TowersDisk disk, int pile) {
        TowersDisk top = piles[pile];
        if (top != null && disk.size >= top.size) {
            throw new RuntimeException("Cannot put a big disk on a smaller one");
        }
        disk.next = top;
        piles[pile] = disk;
    }

    TowersDisk popDiskFrom(int pile) {
        TowersDisk top = piles[pile];
        if (top == null) {
            throw new RuntimeException("Attempting to remove a disk from an empty pile");
        }
        piles[pile] = top.next;
        top.next = null;
        return top;
    }

    void moveTopDisk(int fromPile, int toPile) {
        pushDisk(popDiskFrom(fromPile), toPile);
        movesDone++;
    }

    void buildTowerAt(int pile, int disks) {
        for (int i = disks; i >= 0; i--) {
            pushDisk(new TowersDisk(i), pile);
        }
    }

    void moveDisks(int disks, int fromPile, int toPile) {
        if (disks == 1) {
            moveTopDisk(fromPile, toPile);
        } else {
            int otherPile = (3 - fromPile) - toPile;
            moveDisks(disks - 1, fromPile, otherPile);
            moveTopDisk(fromPile, toPile);
            moveDisks(disks - 1, otherPile, toPile);
        }
    }
}
