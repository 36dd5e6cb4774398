package dev.moka.kernel.api.magic;

/** The binding before any machine is bound: on the JVM without a simulator, magic is an error. */
final class Unbound implements MagicBinding {
    private static IllegalStateException unbound() {
        return new IllegalStateException("magic used on the JVM with no simulated machine bound (Magic.bind)");
    }

    @Override public int load8(long address) { throw unbound(); }
    @Override public int load16(long address) { throw unbound(); }
    @Override public int load32(long address) { throw unbound(); }
    @Override public long load64(long address) { throw unbound(); }
    @Override public void store8(long address, int value) { throw unbound(); }
    @Override public void store16(long address, int value) { throw unbound(); }
    @Override public void store32(long address, int value) { throw unbound(); }
    @Override public void store64(long address, long value) { throw unbound(); }
    @Override public int inb(int port) { throw unbound(); }
    @Override public void outb(int port, int value) { throw unbound(); }
    @Override public int inl(int port) { throw unbound(); }
    @Override public void outl(int port, int value) { throw unbound(); }
    @Override public void hlt() { throw unbound(); }
    @Override public void cli() { throw unbound(); }
    @Override public void sti() { throw unbound(); }
    @Override public long rdtsc() { throw unbound(); }
}
