package dev.moka.kernel.mm;

/**
 * The free lists of a buddy allocator: one doubly linked list of free blocks per order, linked
 * through arrays indexed by frame number rather than through objects, so that pushing, popping and
 * unlinking a block (the buddy being merged) each cost a few array writes and allocate nothing.
 *
 * <p>A block is named by its first frame. {@code orderOfFreeBlock[frame]} holds one more than the
 * order of the free block starting there, and zero where none starts; it is what lets the allocator
 * ask "is my buddy free, and whole?" in one read. Zero meaning "none" lets new lists start from the
 * zeroed arrays as they are, without a pass over every frame.
 */
public final class BuddyFreeLists {
    /** End of a list, and "no block". */
    public static final int NONE = -1;
    /** {@link #orderAt} of a frame that does not start a free block. */
    public static final int NOT_FREE = -1;

    private final int[] heads;
    private final int[] counts;
    private final int[] next;
    private final int[] previous;
    private final byte[] orderOfFreeBlock;

    /**
     * @param frames   frames numbered 0 to {@code frames - 1}
     * @param maxOrder the largest order, inclusive
     */
    public BuddyFreeLists(int frames, int maxOrder) {
        heads = new int[maxOrder + 1];
        counts = new int[maxOrder + 1];
        for (int order = 0; order <= maxOrder; order++) {
            heads[order] = NONE;
        }
        int size = frames < 0 ? 0 : frames;
        next = new int[size];
        previous = new int[size];
        orderOfFreeBlock = new byte[size];
    }

    /** @param frame a frame number @return the order of the free block starting there, or {@link #NOT_FREE} */
    public int orderAt(int frame) {
        if (frame < 0 || frame >= orderOfFreeBlock.length) {
            return NOT_FREE;
        }
        return orderOfFreeBlock[frame] - 1;
    }

    /** Adds the free block starting at {@code frame} to the front of its order's list. */
    public void push(int frame, int order) {
        int head = heads[order];
        next[frame] = head;
        previous[frame] = NONE;
        if (head != NONE) {
            previous[head] = frame;
        }
        heads[order] = frame;
        counts[order]++;
        orderOfFreeBlock[frame] = (byte) (order + 1);
    }

    /** @return the first frame of a free block of this order, now off the list, or {@link #NONE} */
    public int pop(int order) {
        int frame = heads[order];
        if (frame != NONE) {
            unlink(frame);
        }
        return frame;
    }

    /** Takes the free block starting at {@code frame} off its list, wherever it is. */
    public void unlink(int frame) {
        int order = orderOfFreeBlock[frame] - 1;
        int after = next[frame];
        int before = previous[frame];
        if (before == NONE) {
            heads[order] = after;
        } else {
            next[before] = after;
        }
        if (after != NONE) {
            previous[after] = before;
        }
        counts[order]--;
        orderOfFreeBlock[frame] = 0;
    }

    /** @param order an order @return how many free blocks of that order there are */
    public int count(int order) {
        return counts[order];
    }

    /**
     * Copies the first frames of the free blocks of one order.
     *
     * @param order an order
     * @param into  receives up to {@code into.length} frame numbers, in list order
     * @return how many were copied
     */
    public int copyFrames(int order, int[] into) {
        int copied = 0;
        for (int frame = heads[order]; frame != NONE && copied < into.length; frame = next[frame]) {
            into[copied] = frame;
            copied++;
        }
        return copied;
    }
}
