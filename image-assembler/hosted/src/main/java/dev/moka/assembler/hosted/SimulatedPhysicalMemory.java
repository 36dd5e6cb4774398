package dev.moka.assembler.hosted;

import dev.moka.kernel.api.mm.PhysicalMemory;

/**
 * The page-table SPI over a simulated machine: table entries are read and written in its RAM
 * directly (bypassing its MMU), and TLB invalidation and CR3 loads go to its MMU, so page tables
 * built through it are the ones the machine then translates through.
 */
public final class SimulatedPhysicalMemory implements PhysicalMemory {
    private final SimulatedMachine machine;

    /** @param machine the machine whose RAM and MMU are used */
    public SimulatedPhysicalMemory(SimulatedMachine machine) {
        this.machine = machine;
    }

    @Override
    public long read64(long physical) {
        return machine.loadPhysical64(physical);
    }

    @Override
    public void write64(long physical, long value) {
        machine.storePhysical64(physical, value);
    }

    @Override
    public void invalidate(long virtual) {
        machine.invalidatePage(virtual);
    }

    @Override
    public void activate(long root) {
        machine.loadPageTableRoot(root);
    }

    @Override
    public long activeRoot() {
        return machine.pageTableRoot();
    }
}
