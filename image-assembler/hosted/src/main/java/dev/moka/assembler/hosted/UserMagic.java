package dev.moka.assembler.hosted;

import dev.moka.kernel.api.magic.MagicBinding;

/**
 * The magic layer as a hosted program's own classes reach it: what the same instructions do in
 * ring 3. Loads and stores go through the simulated MMU with ring 3's checks (natively
 * {@code RawMemory} on pages {@code mmap} mapped; anything else faults and the kernel decides), the
 * time-stamp counter may be read, port I/O reaches the machine's devices at the ports the run was
 * granted ({@code ioperm}) and is a general protection fault at any other, and every privileged
 * instruction ({@code cli}, {@code sti}, {@code hlt}, the page-table registers) is a general
 * protection fault, as the CPU raises it.
 */
final class UserMagic implements MagicBinding {
    private final UserThread cpu;

    UserMagic(UserThread cpu) {
        this.cpu = cpu;
    }

    @Override public int load8(long address) { return (int) cpu.load(address, 1); }
    @Override public int load16(long address) { return (int) cpu.load(address, 2); }
    @Override public int load32(long address) { return (int) cpu.load(address, 4); }
    @Override public long load64(long address) { return cpu.load(address, 8); }
    @Override public void store8(long address, int value) { cpu.store(address, 1, value); }
    @Override public void store16(long address, int value) { cpu.store(address, 2, value); }
    @Override public void store32(long address, int value) { cpu.store(address, 4, value); }
    @Override public void store64(long address, long value) { cpu.store(address, 8, value); }

    @Override
    public int inb(int port) {
        return cpu.portIn(port & 0xFFFF, 1);
    }

    @Override
    public void outb(int port, int value) {
        cpu.portOut(port & 0xFFFF, 1, value);
    }

    @Override
    public int inl(int port) {
        return cpu.portIn(port & 0xFFFF, 4);
    }

    @Override
    public void outl(int port, int value) {
        cpu.portOut(port & 0xFFFF, 4, value);
    }

    @Override
    public void hlt() {
        cpu.privileged();
    }

    @Override
    public void cli() {
        cpu.privileged();
    }

    @Override
    public void sti() {
        cpu.privileged();
    }

    @Override
    public long rdtsc() {
        return cpu.cycles();
    }

    @Override
    public void invalidatePage(long virtual) {
        cpu.privileged();
    }

    @Override
    public void loadPageTableRoot(long root) {
        cpu.privileged();
    }

    @Override
    public long pageTableRoot() {
        cpu.privileged();
        return 0;
    }
}
