package dev.moka.drivers.x86.simulated;

import dev.moka.kernel.api.magic.MagicBinding;
import java.nio.charset.StandardCharsets;

/**
 * Leaves a Multiboot v1 information structure in a simulated machine's RAM, where QEMU's Multiboot
 * loader would put one: the structure at {@value #INFO_ADDRESS}, then the memory map of
 * {@link PcMemoryLayout}, then the command line.
 */
public final class MultibootInfoWriter {
    /** Where the information structure goes (QEMU uses the same address). */
    public static final long INFO_ADDRESS = 0x9000;
    /** Where the memory map entries go. */
    public static final long MMAP_ADDRESS = 0x9100;
    /** Where the NUL-terminated command line goes. */
    public static final long COMMAND_LINE_ADDRESS = 0x9400;
    /** Longest command line that fits before the end of the boot-information page. */
    public static final int MAX_COMMAND_LINE = (int) (0xA000 - COMMAND_LINE_ADDRESS - 1);

    /** Flags: mem_lower/mem_upper (bit 0), cmdline (bit 2), mmap (bit 6). */
    static final int FLAGS = 1 | 1 << 2 | 1 << 6;
    /** Bytes of an mmap entry after its size field. */
    static final int ENTRY_SIZE = 20;

    private MultibootInfoWriter() {
    }

    /**
     * @param machine     the machine to write into
     * @param ramBytes    its RAM size, which decides the memory map
     * @param commandLine the kernel command line, ASCII
     * @return the address of the information structure, what a boot loader passes in EBX
     * @throws IllegalArgumentException when the command line is too long
     */
    public static long write(MagicBinding machine, long ramBytes, String commandLine) {
        byte[] command = commandLine.getBytes(StandardCharsets.US_ASCII);
        if (command.length > MAX_COMMAND_LINE) {
            throw new IllegalArgumentException("command line longer than " + MAX_COMMAND_LINE + " bytes");
        }
        long entry = MMAP_ADDRESS;
        for (PcMemoryLayout.Region region : PcMemoryLayout.regions(ramBytes)) {
            machine.store32(entry, ENTRY_SIZE);
            machine.store64(entry + 4, region.base());
            machine.store64(entry + 12, region.length());
            machine.store32(entry + 20, region.type());
            entry += ENTRY_SIZE + 4;
        }
        for (int i = 0; i < command.length; i++) {
            machine.store8(COMMAND_LINE_ADDRESS + i, command[i]);
        }
        machine.store8(COMMAND_LINE_ADDRESS + command.length, 0);

        machine.store32(INFO_ADDRESS, FLAGS);
        machine.store32(INFO_ADDRESS + 4, (int) PcMemoryLayout.memLowerKiB());
        machine.store32(INFO_ADDRESS + 8, (int) PcMemoryLayout.memUpperKiB(ramBytes));
        machine.store32(INFO_ADDRESS + 16, (int) COMMAND_LINE_ADDRESS);
        machine.store32(INFO_ADDRESS + 44, (int) (entry - MMAP_ADDRESS));
        machine.store32(INFO_ADDRESS + 48, (int) MMAP_ADDRESS);
        return INFO_ADDRESS;
    }
}
