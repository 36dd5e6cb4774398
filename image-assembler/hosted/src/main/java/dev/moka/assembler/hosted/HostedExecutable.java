package dev.moka.assembler.hosted;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The executable of a Java program for the hosted machine: an ELF64 file the kernel checks, loads and
 * starts exactly as it does a compiled one, whose code is no machine code but the name of the
 * program's main class, which the hosted user mode reads at the entry point and runs on the JVM.
 *
 * <p>Two segments: the file itself, readable and executable, at {@link #BASE} (the entry points at the
 * tag and the class name in it); and {@link #WINDOW_BYTES} of zeros, readable and writable, at
 * {@link #WINDOW}, mapped page by page on first touch as a compiled program's heap is. Arrays a
 * program passes to a system call are copied there around the call (see {@link ProcessBinding}).
 */
public final class HostedExecutable {
    /** Where the file is loaded: the start of the user half, as for a compiled program. */
    public static final long BASE = 0x80_0000_0000L;
    /** Where the arrays passed to system calls are placed. */
    public static final long WINDOW = BASE + (1L << 20);
    /** The size of that window. */
    public static final long WINDOW_BYTES = 16L << 20;
    /** What the entry point holds before the class name: a compiled program's entry holds code instead. */
    static final String TAG = "moka-hosted-java-main:";

    private static final int HEADER = 64;
    private static final int PROGRAM_HEADER = 56;
    private static final int PT_LOAD = 1;
    private static final int PF_X = 1;
    private static final int PF_W = 2;
    private static final int PF_R = 4;

    private HostedExecutable() {
    }

    /**
     * @param mainClass the binary name of the class whose {@code main} the program runs
     * @return the executable's bytes
     */
    public static byte[] of(String mainClass) {
        byte[] text = (TAG + mainClass + "\u0000").getBytes(StandardCharsets.ISO_8859_1);
        int textAt = HEADER + 2 * PROGRAM_HEADER;
        ByteBuffer file = ByteBuffer.allocate(textAt + text.length).order(ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1});
        file.position(16);
        file.putShort((short) 2);          // ET_EXEC
        file.putShort((short) 62);         // EM_X86_64
        file.putInt(1);                    // version
        file.putLong(BASE + textAt);       // entry: the tag
        file.putLong(HEADER);              // program headers
        file.putLong(0);                   // no section headers
        file.putInt(0);                    // flags
        file.putShort((short) HEADER);
        file.putShort((short) PROGRAM_HEADER);
        file.putShort((short) 2);
        file.putShort((short) 64);         // section header size, though there are none
        file.putShort((short) 0);
        file.putShort((short) 0);
        segment(file, PF_R | PF_X, 0, BASE, file.capacity(), file.capacity());
        segment(file, PF_R | PF_W, 0, WINDOW, 0, WINDOW_BYTES);
        file.put(text);
        return file.array();
    }

    private static void segment(ByteBuffer file, int flags, long offset, long address, long fileSize, long memorySize) {
        file.putInt(PT_LOAD);
        file.putInt(flags);
        file.putLong(offset);
        file.putLong(address);
        file.putLong(address);
        file.putLong(fileSize);
        file.putLong(memorySize);
        file.putLong(4096);
    }
}
