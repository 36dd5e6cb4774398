package dev.moka.assembler.hosted;

import dev.moka.kernel.api.arch.ArchPackProvider;
import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.assembler.config.ImageConfig;
import dev.moka.kernel.api.magic.MagicBinding;
import dev.moka.kernel.api.arch.RamRange;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A PC with RAM from address 0, a COM1 UART, QEMU's debug-exit device and the devices of QEMU's
 * {@code pc} machine that drivers reach through I/O ports, behind the magic layer.
 *
 * <ul>
 *   <li>RAM is {@link PagedMemory sparse} and of any size; it lies where the arch pack says the
 *       real machine has it (on a QEMU PC: split around the PCI hole from 3.5 GiB on, none in the
 *       legacy window below 1 MiB). Reads of untouched RAM give zero; accesses where there is no
 *       RAM throw {@link MachineFault}, but in the VGA text buffer ({@link #VGA_TEXT}), which is
 *       memory too.</li>
 *   <li>COM1 at {@code 0x3F8} sends what the kernel transmits to the serial stream.</li>
 *   <li>A write to port {@value #EXIT_PORT} records the value and throws {@link MachineExit}, so the
 *       kernel stops right there, as QEMU would.</li>
 *   <li>The PCI bus behind configuration mechanism #1 ({@link PciConfigPorts}, with QEMU's
 *       functions, {@link QemuPcPci}), the CMOS clock ({@link CmosClock}) and the PS/2 controller with
 *       its keyboard ({@link Ps2Controller}), whose interrupt reaches the kernel through the machine's
 *       interrupt lines ({@link HostedIrqLines}) at the next timer tick. The kernel's access to a port
 *       without a device throws {@link MachineFault}; a program's reads all ones, as on a PC.</li>
 *   <li>{@code rdtsc} counts up by {@value #TSC_STEP} per read, so runs repeat exactly.</li>
 *   <li>Simulated time passes only with the timer's ticks ({@link #timerTick}), so the CMOS clock's
 *       date repeats exactly too, starting at {@link #CLOCK_START_SECONDS}.</li>
 *   <li>Interrupts come at the timer's ticks, which the hosted threads take, never to a halted CPU:
 *       {@code hlt} stops the machine with {@link MachineHalted}.</li>
 *   <li>An MMU: while CR3 is zero (as the machine starts) addresses are physical; once a root is
 *       loaded, every access is translated through the 4-level tables in RAM (4 KiB, 2 MiB and
 *       1 GiB pages) and a missing page or a write to a read-only one throws {@link MachineFault}
 *       naming the page fault. Translations are cached in a TLB that only {@code invlpg} and CR3
 *       loads clear, so a stale translation shows up as it would on hardware.</li>
 * </ul>
 */
public final class SimulatedMachine implements MagicBinding {
    /** Least RAM: the kernel loads at 1 MiB and needs room above it. */
    public static final long MIN_MEMORY = 2L << 20;
    /** I/O port of the debug-exit device, as QEMU's {@code isa-debug-exit,iobase=0xf4}. */
    public static final int EXIT_PORT = 0xf4;
    /** Base I/O port of COM1. */
    public static final int COM1_PORT = 0x3F8;
    /** Time-stamp counter increment per {@code rdtsc}. */
    public static final long TSC_STEP = 1000;
    /** I/O port of QEMU's debug console ({@code -debugcon}), where a shutdown writes its status line. */
    public static final int DEBUG_CONSOLE_PORT = 0xe9;
    /**
     * The date the CMOS clock shows when the machine starts, 2025-01-01 00:00:00 UTC: fixed, so that
     * a run repeats exactly.
     */
    public static final long CLOCK_START_SECONDS = 1_735_689_600L;
    /**
     * The VGA's text buffer, memory on the graphics card in the PC's legacy window, which a driver
     * reaches through {@code memory:physical}: it reads back what was written, as QEMU's VGA does in
     * text mode. The rest of the legacy window holds nothing.
     */
    static final RamRange VGA_TEXT = new RamRange(0xB8000, 0xC0000);
    /** The keyboard controller's interrupt line, as on a PC. */
    static final int KEYBOARD_IRQ = 1;
    /** What a read of a port where no device answers gives a program, as on a PC. */
    static final int NO_DEVICE = -1;

    private final PagedMemory memory;
    private final SimulatedUart com1;
    private final HostedIrqLines irqLines = new HostedIrqLines();
    private final Ps2Keyboard keyboard = new Ps2Keyboard();
    private final Ps2Controller ps2 = new Ps2Controller(keyboard, () -> irqLines.raise(KEYBOARD_IRQ));
    /** The devices drivers reach through their ports. */
    private final List<PortDevice> pcDevices;
    private long simulatedNanos;
    private final StringBuilder debugConsole = new StringBuilder();
    private boolean interruptsEnabled;
    private long timeStamp;
    private Integer exitValue;
    private long pageTableRoot;
    /** Virtual page number to the translated page's physical address, plus {@link #TLB_WRITABLE}. */
    private final Map<Long, Long> tlb = new HashMap<>();
    private static final long TLB_WRITABLE = 1;
    private static final long ENTRY_ADDRESS = 0x000F_FFFF_FFFF_F000L;

    /**
     * A machine of the default arch pack ({@value ImageConfig.KernelSection#DEFAULT_ARCH}).
     *
     * @param memoryBytes RAM size, a multiple of 4 KiB, at least {@link #MIN_MEMORY}
     * @param serial      receives every byte the kernel sends through COM1
     * @throws IllegalArgumentException when the RAM size is out of range or not page-aligned
     */
    public SimulatedMachine(long memoryBytes, OutputStream serial) {
        this(ProviderCatalog.archPack(ImageConfig.KernelSection.DEFAULT_ARCH), memoryBytes, serial);
    }

    /**
     * @param arch        the arch pack whose machine this simulates, for where its RAM lies
     * @param memoryBytes RAM size, a multiple of 4 KiB, at least {@link #MIN_MEMORY}
     * @param serial      receives every byte the kernel sends through COM1
     * @throws IllegalArgumentException when the RAM size is out of range or not page-aligned
     */
    public SimulatedMachine(ArchPackProvider arch, long memoryBytes, OutputStream serial) {
        if (memoryBytes < MIN_MEMORY || memoryBytes % PagedMemory.PAGE_SIZE != 0
                || memoryBytes > Long.MAX_VALUE / 2) {
            throw new IllegalArgumentException("simulated RAM must be a multiple of 4 KiB, at least "
                    + (MIN_MEMORY >> 20) + " MiB, not " + memoryBytes + " bytes");
        }
        List<RamRange> memoryRanges = new ArrayList<>(arch.hostedRam(memoryBytes));
        memoryRanges.add(VGA_TEXT);
        this.memory = new PagedMemory(memoryBytes, memoryRanges);
        this.com1 = new SimulatedUart(COM1_PORT, serial);
        this.pcDevices = List.of(new PciConfigPorts(QemuPcPci.functions()),
                new CmosClock(CLOCK_START_SECONDS, this::simulatedNanos), ps2);
    }

    /** @return RAM size in bytes */
    public long memoryBytes() {
        return memory.size();
    }

    /** @return how many 4 KiB pages of RAM have been written so far */
    public int pagesTouched() {
        return memory.pagesTouched();
    }

    /** @return whether the simulated CPU accepts interrupts (it starts with them masked, as Multiboot leaves it) */
    public boolean interruptsEnabled() {
        return interruptsEnabled;
    }

    /** @return everything written to the debug console port so far */
    public String debugConsole() {
        return debugConsole.toString();
    }

    /**
     * Gives the UART a source of typed bytes.
     *
     * @param input what the console's reader finds, or null for a console nobody types on
     */
    public void attachConsoleInput(ConsoleInput input) {
        com1.attachInput(input);
    }

    /**
     * Gives the PS/2 keyboard a source of key presses.
     *
     * @param input the keys pressed on the host
     */
    public void attachKeyboardInput(KeyboardInput input) {
        keyboard.attachInput(input);
    }

    /** @return the machine's interrupt lines, which its devices raise */
    HostedIrqLines irqLines() {
        return irqLines;
    }

    /** @return the simulated time since the machine started: the timer ticks it has taken */
    long simulatedNanos() {
        return simulatedNanos;
    }

    /**
     * The timer ticked: simulated time goes on, and the keyboard takes in the keys pressed on the
     * host meanwhile (raising its line if a byte arrives). The caller then delivers the interrupts.
     *
     * @param nanos the simulated time one tick stands for
     */
    void timerTick(long nanos) {
        simulatedNanos += nanos;
        ps2.tick();
    }

    /** @return the value written to the exit device, or null while nothing was */
    public Integer exitValue() {
        return exitValue;
    }

    @Override public int load8(long address) { return (int) load(address, 1); }
    @Override public int load16(long address) { return (int) load(address, 2); }
    @Override public int load32(long address) { return (int) load(address, 4); }
    @Override public long load64(long address) { return load(address, 8); }
    @Override public void store8(long address, int value) { store(address, 1, value); }
    @Override public void store16(long address, int value) { store(address, 2, value); }
    @Override public void store32(long address, int value) { store(address, 4, value); }
    @Override public void store64(long address, long value) { store(address, 8, value); }

    /** @param physical address in RAM @return the 64-bit value there, bypassing the MMU */
    public long loadPhysical64(long physical) {
        return memory.load(physical, 8);
    }

    /** @param physical address in RAM @param value stored there, bypassing the MMU */
    public void storePhysical64(long physical, long value) {
        memory.store(physical, 8, value);
    }

    @Override
    public void invalidatePage(long virtual) {
        tlb.remove(virtual >>> 12);
    }

    @Override
    public void loadPageTableRoot(long root) {
        pageTableRoot = root;
        tlb.clear();
    }

    @Override
    public long pageTableRoot() {
        return pageTableRoot;
    }

    private long load(long address, int width) {
        if (pageTableRoot == 0) {
            checkNullPage(address, false);
            return memory.load(address, width);
        }
        if ((address & 0xFFF) + width <= 4096) {
            return memory.load(translate(address, false), width);
        }
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = (value << 8) | memory.load(translate(address + i, false), 1);
        }
        return value;
    }

    private void store(long address, int width, long value) {
        if (pageTableRoot == 0) {
            checkNullPage(address, true);
            memory.store(address, width, value);
            return;
        }
        if ((address & 0xFFF) + width <= 4096) {
            memory.store(translate(address, true), width, value);
            return;
        }
        // Straddling two pages: each byte is translated on its own, as the CPU splits the access.
        for (int i = 0; i < width; i++) {
            memory.store(translate(address + i, true), 1, value >>> (8 * i));
        }
    }

    /** What the MMU does for a kernel access with CR0.WP set: walk (or hit the TLB), then check writability. */
    private long translate(long virtual, boolean write) {
        Long cached = tlb.get(virtual >>> 12);
        long page = cached != null ? cached : walk(virtual, write);
        if (write && (page & TLB_WRITABLE) == 0) {
            throw pageFault(virtual, true, "protection violation");
        }
        return (page & ~0xFFFL) | (virtual & 0xFFF);
    }

    private long walk(long virtual, boolean write) {
        if ((virtual >> 47) != 0 && (virtual >> 47) != -1) {
            throw new MachineFault("general protection fault: non-canonical address 0x" + Long.toHexString(virtual));
        }
        long table = pageTableRoot;
        boolean writable = true;
        for (int level = 4; level >= 1; level--) {
            long entry = memory.load(table + 8 * ((virtual >>> (12 + 9 * (level - 1))) & 511), 8);
            if ((entry & 1) == 0) {
                throw pageFault(virtual, write, "page not present");
            }
            writable &= (entry & 2) != 0;
            if (level == 1 || (level <= 3 && (entry & 0x80) != 0)) {
                long offsetMask = (4096L << (9 * (level - 1))) - 1;
                long physicalPage = (entry & ENTRY_ADDRESS & ~offsetMask) | (virtual & offsetMask & ~0xFFFL);
                long cached = physicalPage | (writable ? TLB_WRITABLE : 0);
                tlb.put(virtual >>> 12, cached);
                return cached;
            }
            table = entry & ENTRY_ADDRESS;
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * Translates an access a program makes in ring 3, as the MMU does for CPL 3: every level of the
     * walk must be present and allow user access, and, for a write, be writable. The TLB is neither
     * read nor filled, so a user access sees the tables as they are now.
     *
     * @param virtual the address the program uses
     * @param write   whether it writes
     * @return the physical address
     * @throws UserFault a page fault (vector 14, with the error code a CPU pushes: present, write and
     *         user bits) or, for a non-canonical address, a general protection fault (vector 13)
     */
    public long translateUser(long virtual, boolean write) {
        if (pageTableRoot == 0 || (virtual >> 47) != 0 && (virtual >> 47) != -1) {
            throw new UserFault(UserFault.GENERAL_PROTECTION, 0, virtual);
        }
        long errorCode = UserFault.USER_ACCESS | (write ? UserFault.WRITE_ACCESS : 0);
        long table = pageTableRoot;
        boolean writable = true;
        boolean user = true;
        for (int level = 4; level >= 1; level--) {
            long entry = memory.load(table + 8 * ((virtual >>> (12 + 9 * (level - 1))) & 511), 8);
            if ((entry & 1) == 0) {
                throw new UserFault(UserFault.PAGE_FAULT, errorCode, virtual);
            }
            writable &= (entry & 2) != 0;
            user &= (entry & 4) != 0;
            if (level == 1 || (level <= 3 && (entry & 0x80) != 0)) {
                if (!user || write && !writable) {
                    throw new UserFault(UserFault.PAGE_FAULT, errorCode | UserFault.PRESENT, virtual);
                }
                long offsetMask = (4096L << (9 * (level - 1))) - 1;
                return (entry & ENTRY_ADDRESS & ~offsetMask) | (virtual & offsetMask);
            }
            table = entry & ENTRY_ADDRESS;
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * A program's load in ring 3.
     *
     * @param virtual the address
     * @param width   1, 2, 4 or 8 bytes
     * @return the value, zero-extended
     * @throws UserFault when the program may not read there
     */
    public long loadUser(long virtual, int width) {
        if ((virtual & 0xFFF) + width <= 4096) {
            return memory.load(translateUser(virtual, false), width);
        }
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = (value << 8) | memory.load(translateUser(virtual + i, false), 1);
        }
        return value;
    }

    /**
     * A program's store in ring 3; a store that straddles two pages writes nothing when the first
     * page faults, and its first part when the second does, as the CPU splits it.
     *
     * @param virtual the address
     * @param width   1, 2, 4 or 8 bytes
     * @param value   the value, its low {@code width} bytes stored
     * @throws UserFault when the program may not write there
     */
    public void storeUser(long virtual, int width, long value) {
        if ((virtual & 0xFFF) + width <= 4096) {
            memory.store(translateUser(virtual, true), width, value);
            return;
        }
        for (int i = 0; i < width; i++) {
            memory.store(translateUser(virtual + i, true), 1, value >>> (8 * i));
        }
    }

    /**
     * Copies bytes a program writes to its memory, a page at a time.
     *
     * @param source  the bytes
     * @param offset  the first
     * @param length  how many
     * @param virtual where they go
     * @throws UserFault at the first page the program may not write; the pages before it are written
     */
    public void writeUser(byte[] source, int offset, int length, long virtual) {
        int done = 0;
        while (done < length) {
            long address = virtual + done;
            int run = (int) Math.min(length - done, 4096 - (address & 0xFFF));
            memory.write(translateUser(address, true), source, offset + done, run);
            done += run;
        }
    }

    /**
     * Copies bytes a program reads from its memory, a page at a time.
     *
     * @param virtual where they are
     * @param target  where they go
     * @param offset  the first
     * @param length  how many
     * @throws UserFault at the first page the program may not read
     */
    public void readUser(long virtual, byte[] target, int offset, int length) {
        int done = 0;
        while (done < length) {
            long address = virtual + done;
            int run = (int) Math.min(length - done, 4096 - (address & 0xFFF));
            memory.read(translateUser(address, false), target, offset + done, run);
            done += run;
        }
    }

    /**
     * The boot identity map leaves page 0 unmapped, and the x86 arch pack turns a fault there into a
     * NullPointerException in the faulting method; the simulation throws the same exception.
     */
    private static void checkNullPage(long address, boolean write) {
        if (address >= 0 && address < NULL_PAGE_END) {
            throw new NullPointerException("null page kernel " + (write ? "write" : "read")
                    + ", page not present at address 0x" + Long.toHexString(address));
        }
    }

    private static final long NULL_PAGE_END = 4096;

    private static MachineFault pageFault(long virtual, boolean write, String kind) {
        return new MachineFault("page fault at 0x" + Long.toHexString(virtual) + ": kernel "
                + (write ? "write" : "read") + ", " + kind);
    }

    @Override
    public int inb(int port) {
        if (com1.claims(port)) {
            return com1.read(port);
        }
        return pcDevice("inb", port).read(port, 1) & 0xFF;
    }

    @Override
    public void outb(int port, int value) {
        if (com1.claims(port)) {
            com1.write(port, value);
        } else if (port == EXIT_PORT) {
            exit(value & 0xFF);
        } else if (port == DEBUG_CONSOLE_PORT) {
            debugConsole.append((char) (value & 0xFF));
        } else {
            pcDevice("outb", port).write(port, 1, value & 0xFF);
        }
    }

    @Override
    public int inl(int port) {
        return pcDevice("inl", port).read(port, 4);
    }

    @Override
    public void outl(int port, int value) {
        if (port == EXIT_PORT) {
            exit(value);
        }
        pcDevice("outl", port).write(port, 4, value);
    }

    /** The kernel's port access: a port without a device is a bug of the kernel's, which fails at once. */
    private PortDevice pcDevice(String access, int port) {
        PortDevice device = deviceAt(port);
        if (device == null) {
            throw noDevice(access, port);
        }
        return device;
    }

    private PortDevice deviceAt(int port) {
        for (PortDevice device : pcDevices) {
            if (device.claims(port)) {
                return device;
            }
        }
        return null;
    }

    /**
     * A program's {@code in} at a port its run was granted (the caller checks the grant, as the CPU
     * checks the I/O permission bitmap): the device there answers, and where none does the read gives
     * all ones, as on a PC.
     *
     * @param port  the first port
     * @param width 1 or 4 bytes
     * @return the value, its low {@code width} bytes significant
     */
    int userPortRead(int port, int width) {
        PortDevice device = deviceAt(port);
        int value = device == null ? NO_DEVICE : device.read(port, width);
        return width == 4 ? value : value & 0xFF;
    }

    /**
     * A program's {@code out} at a port its run was granted: the device there takes it, and where none
     * does it goes nowhere, as on a PC.
     *
     * @param port  the first port
     * @param width 1 or 4 bytes
     * @param value the value, its low {@code width} bytes written
     */
    void userPortWrite(int port, int width, int value) {
        PortDevice device = deviceAt(port);
        if (device != null) {
            device.write(port, width, width == 4 ? value : value & 0xFF);
        }
    }

    @Override
    public void hlt() {
        throw new MachineHalted(interruptsEnabled
                ? "hlt: no interrupt wakes the simulated CPU from hlt"
                : "hlt with interrupts disabled: the CPU stopped for good");
    }

    @Override
    public void cli() {
        interruptsEnabled = false;
    }

    @Override
    public void sti() {
        interruptsEnabled = true;
    }

    @Override
    public long rdtsc() {
        timeStamp += TSC_STEP;
        return timeStamp;
    }

    private void exit(int value) {
        exitValue = value;
        throw new MachineExit(value);
    }

    private static MachineFault noDevice(String access, int port) {
        return new MachineFault(access + " on port 0x" + Integer.toHexString(port) + ": no device there");
    }
}
