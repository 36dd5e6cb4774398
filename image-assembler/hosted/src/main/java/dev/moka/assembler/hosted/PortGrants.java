package dev.moka.assembler.hosted;

import java.util.Arrays;

/**
 * The I/O ports one user run may use, what the TSS's I/O permission bitmap holds natively: the
 * ranges {@code ioperm} granted it, none at first. An access is allowed only when every port it
 * touches (four for a 32-bit access) was granted, as the CPU checks every bit. Immutable: a grant
 * makes a new set, so the program's thread reads whole sets.
 */
final class PortGrants {
    /** Nothing granted. */
    static final PortGrants NONE = new PortGrants(new int[0]);
    private static final int PORTS = 1 << 16;

    /** Pairs of first port and count. */
    private final int[] ranges;

    private PortGrants(int[] ranges) {
        this.ranges = ranges;
    }

    /**
     * @param first the first port, a range the machine's rule allows
     * @param count how many
     * @return these grants and that range
     */
    PortGrants with(int first, int count) {
        int[] grown = Arrays.copyOf(ranges, ranges.length + 2);
        grown[ranges.length] = first;
        grown[ranges.length + 1] = count;
        return new PortGrants(grown);
    }

    /**
     * @param port  the first port an access touches
     * @param width how many it touches
     * @return whether each of them was granted
     */
    boolean allows(int port, int width) {
        if (port < 0 || port + width > PORTS) {
            return false;
        }
        for (int p = port; p < port + width; p++) {
            if (!granted(p)) {
                return false;
            }
        }
        return true;
    }

    private boolean granted(int port) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (port >= ranges[i] && port - ranges[i] < ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
