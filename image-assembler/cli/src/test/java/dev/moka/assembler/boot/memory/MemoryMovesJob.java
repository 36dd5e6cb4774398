package dev.moka.assembler.boot.memory;

import dev.moka.kernel.api.boot.BootJob;
import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.magic.Magic;

/**
 * Runs each bulk memory operation on a frame of its own at edge cases (odd starts and lengths,
 * zero lengths, overlap both ways, a non-zero word first, in the middle and last) and compares the
 * bytes with what byte-by-byte loads and stores give. Prints {@code memory moves: <n> checks passed}
 * or fails the run naming the first check that did not hold.
 */
public final class MemoryMovesJob implements BootJob {
    private static final int FRAME = 4096;
    private long base;
    private int checks;

    @Override
    public String run(KernelContext kernel) {
        base = kernel.frames().allocate();
        if (base == FrameAllocator.OUT_OF_MEMORY) {
            return "no frame";
        }
        String failure = zero();
        if (failure == null) {
            failure = copies();
        }
        if (failure == null) {
            failure = arrays();
        }
        if (failure == null) {
            failure = zeroWords();
        }
        kernel.frames().free(base);
        if (failure == null) {
            kernel.println("memory moves: " + checks + " checks passed");
        }
        return failure;
    }

    private void fill(int from, int length, int seed) {
        for (int i = 0; i < length; i++) {
            Magic.store8(base + from + i, (seed + 7 * i) & 0xFF);
        }
    }

    private boolean holds(int at, int length, int seed) {
        for (int i = 0; i < length; i++) {
            if (Magic.load8(base + at + i) != ((seed + 7 * i) & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private String check(boolean holds, String what) {
        checks++;
        return holds ? null : what;
    }

    private String zero() {
        fill(0, 256, 1);
        Magic.zero(base + 3, 61);
        boolean zeroed = true;
        for (int i = 3; i < 64; i++) {
            zeroed &= Magic.load8(base + i) == 0;
        }
        String failure = check(zeroed && holds(0, 3, 1) && Magic.load8(base + 64) == ((1 + 7 * 64) & 0xFF),
                "zero of 61 bytes from an odd address");
        if (failure == null) {
            Magic.zero(base + 100, 0);
            failure = check(Magic.load8(base + 100) == ((1 + 7 * 100) & 0xFF), "zero of no bytes");
        }
        return failure;
    }

    private String copies() {
        fill(1000, 100, 5);
        Magic.copy(base + 1201, base + 1000, 100);
        String failure = check(holds(1201, 100, 5), "copy between separate ranges");
        if (failure != null) {
            return failure;
        }
        fill(2000, 37, 9);
        Magic.copy(base + 2005, base + 2000, 37);
        failure = check(holds(2005, 37, 9), "copy upwards onto itself");
        if (failure != null) {
            return failure;
        }
        fill(3000, 37, 11);
        Magic.copy(base + 2995, base + 3000, 37);
        failure = check(holds(2995, 37, 11), "copy downwards onto itself");
        if (failure != null) {
            return failure;
        }
        fill(3500, 16, 13);
        Magic.copy(base + 3501, base + 3500, 0);
        return check(holds(3500, 16, 13), "copy of no bytes");
    }

    private String arrays() {
        fill(100, 45, 17);
        byte[] bytes = new byte[50];
        Magic.copyToArray(base + 100, bytes, 3, 45);
        boolean same = bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[48] == 0 && bytes[49] == 0;
        for (int i = 0; i < 45; i++) {
            same &= (bytes[3 + i] & 0xFF) == ((17 + 7 * i) & 0xFF);
        }
        String failure = check(same, "copy to an array at an offset");
        if (failure != null) {
            return failure;
        }
        Magic.zero(base + 400, 64);
        Magic.copyFromArray(bytes, 3, base + 401, 45);
        failure = check(holds(401, 45, 17) && Magic.load8(base + 400) == 0 && Magic.load8(base + 446) == 0,
                "copy from an array at an offset");
        if (failure != null) {
            return failure;
        }
        Magic.copyFromArray(bytes, 50, base + 400, 0);
        return check(Magic.load8(base + 400) == 0, "copy of no bytes from an array");
    }

    private String zeroWords() {
        long table = base + 2048;
        Magic.zero(table, 64 * 8);
        String failure = check(Magic.leadingZeroWords(table, 0) == 0, "no words looked at");
        if (failure == null) {
            failure = check(Magic.leadingZeroWords(table, 64) == 64, "all 64 words zero");
        }
        if (failure == null) {
            Magic.store64(table + 8 * 17, 1L << 63);
            failure = check(Magic.leadingZeroWords(table, 64) == 17, "word 17 not zero");
        }
        if (failure == null) {
            failure = check(Magic.leadingZeroWords(table, 17) == 17, "word 17 not zero, 17 words looked at");
        }
        if (failure == null) {
            Magic.store64(table + 8 * 17, 0);
            Magic.store64(table + 8 * 63, 0x100);
            failure = check(Magic.leadingZeroWords(table, 64) == 63, "the last word not zero");
        }
        if (failure == null) {
            Magic.store64(table, 5);
            failure = check(Magic.leadingZeroWords(table, 64) == 0, "the first word not zero");
        }
        return failure;
    }
}
