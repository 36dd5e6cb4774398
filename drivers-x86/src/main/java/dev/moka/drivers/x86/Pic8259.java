package dev.moka.drivers.x86;

import dev.moka.kernel.api.magic.Magic;

/**
 * The two legacy 8259 interrupt controllers, remapped so that IRQ 0..15 arrive as vectors
 * {@value #IRQ_BASE}..{@value #IRQ_BASE}+15, above the CPU exceptions.
 */
public final class Pic8259 {
    /** Vector of IRQ 0. */
    public static final int IRQ_BASE = 32;
    static final int MASTER_COMMAND = 0x20;
    static final int MASTER_DATA = 0x21;
    static final int SLAVE_COMMAND = 0xA0;
    static final int SLAVE_DATA = 0xA1;
    static final int END_OF_INTERRUPT = 0x20;
    private static final int ICW1_INIT_WITH_ICW4 = 0x11;
    private static final int ICW4_8086 = 0x01;
    private static final int SLAVE_ON_IRQ2 = 0x04;
    private static final int SLAVE_IDENTITY = 0x02;

    private Pic8259() {
    }

    /** Reprograms both controllers to {@link #IRQ_BASE} and masks every line but the cascade. */
    public static void remap() {
        Magic.outb(MASTER_COMMAND, ICW1_INIT_WITH_ICW4);
        Magic.outb(SLAVE_COMMAND, ICW1_INIT_WITH_ICW4);
        Magic.outb(MASTER_DATA, IRQ_BASE);
        Magic.outb(SLAVE_DATA, IRQ_BASE + 8);
        Magic.outb(MASTER_DATA, SLAVE_ON_IRQ2);
        Magic.outb(SLAVE_DATA, SLAVE_IDENTITY);
        Magic.outb(MASTER_DATA, ICW4_8086);
        Magic.outb(SLAVE_DATA, ICW4_8086);
        Magic.outb(MASTER_DATA, 0xFF & ~SLAVE_ON_IRQ2);
        Magic.outb(SLAVE_DATA, 0xFF);
    }

    /** @param irq 0..15 @param enabled whether the line may interrupt */
    public static void setEnabled(int irq, boolean enabled) {
        int port = irq < 8 ? MASTER_DATA : SLAVE_DATA;
        int bit = 1 << (irq & 7);
        int mask = Magic.inb(port);
        Magic.outb(port, enabled ? mask & ~bit : mask | bit);
    }

    /** Acknowledges an interrupt so the controllers deliver the next one. @param irq 0..15 */
    public static void endOfInterrupt(int irq) {
        if (irq >= 8) {
            Magic.outb(SLAVE_COMMAND, END_OF_INTERRUPT);
        }
        Magic.outb(MASTER_COMMAND, END_OF_INTERRUPT);
    }
}
