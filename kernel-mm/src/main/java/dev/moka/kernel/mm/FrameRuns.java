package dev.moka.kernel.mm;

/**
 * A set of frames held as sorted, disjoint, non-adjacent runs {@code [start, end)} of frame numbers:
 * what {@link UsableFrames} computes from the boot memory map. Its size is the number of runs, a few
 * per region of the map, whatever the amount of RAM, so allocators that start from it start in time
 * proportional to the map, not to memory.
 */
public final class FrameRuns {
    private final int[] starts;
    private final int[] ends;
    private final int count;
    private final long frames;

    /**
     * @param starts first frame of each run, ascending; only the first {@code count} are read
     * @param ends   frame after the last of each run; each at most the next run's start
     * @param count  number of runs
     */
    FrameRuns(int[] starts, int[] ends, int count) {
        this.starts = starts;
        this.ends = ends;
        this.count = count;
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += ends[i] - starts[i];
        }
        this.frames = total;
    }

    /** @return number of runs */
    public int count() {
        return count;
    }

    /** @param i a run index @return its first frame number */
    public int start(int i) {
        return starts[i];
    }

    /** @param i a run index @return the frame number after its last frame */
    public int end(int i) {
        return ends[i];
    }

    /** @return how many frames the runs hold in all */
    public long frames() {
        return frames;
    }

    /** @return the frame number after the last run, 0 when there is none: how far books indexed by frame must reach */
    public int limit() {
        return count == 0 ? 0 : ends[count - 1];
    }
}
