package dev.moka.kernel.api.magic;

/**
 * Raw machine access: memory loads and stores at physical or virtual addresses, I/O ports and CPU
 * control instructions.
 *
 * <p>The native compiler replaces every call to these methods with inline instructions, or, for the
 * arch routines ({@link #switchContext}, {@link #threadTrampoline}, {@link #invalidatePage},
 * {@link #loadPageTableRoot}, {@link #pageTableRoot}, {@link #enterUser} and the other routines of
 * user mode), with a call to the routine
 * {@code magic_<name>} of the arch pack's boot code; so their bodies run only in the hosted binding, where they forward to the {@link MagicBinding} of a
 * simulated machine. Only classes in packages annotated with {@link AllowsMagic} may call them; the
 * compiler rejects any other caller, which keeps policy code (schedulers, allocators) free of raw
 * memory access.
 */
public final class Magic {
    private static MagicBinding binding = MagicBinding.UNBOUND;

    private Magic() {
    }

    /**
     * Binds the hosted machine that the method bodies act on. Native images never call this.
     *
     * @param machine the simulated machine
     */
    public static void bind(MagicBinding machine) {
        binding = machine;
    }

    /** @param address the address to read @return the byte at {@code address}, zero-extended */
    public static int load8(long address) {
        return binding.load8(address);
    }

    /** @param address the address to read @return the 16-bit value at {@code address}, zero-extended */
    public static int load16(long address) {
        return binding.load16(address);
    }

    /** @param address the address to read @return the 32-bit value at {@code address} */
    public static int load32(long address) {
        return binding.load32(address);
    }

    /** @param address the address to read @return the 64-bit value at {@code address} */
    public static long load64(long address) {
        return binding.load64(address);
    }

    /** @param address where to write @param value the low 8 bits are stored */
    public static void store8(long address, int value) {
        binding.store8(address, value);
    }

    /** @param address where to write @param value the low 16 bits are stored */
    public static void store16(long address, int value) {
        binding.store16(address, value);
    }

    /** @param address where to write @param value the value stored */
    public static void store32(long address, int value) {
        binding.store32(address, value);
    }

    /** @param address where to write @param value the value stored */
    public static void store64(long address, long value) {
        binding.store64(address, value);
    }

    /**
     * Copies {@code bytes} bytes from {@code from} to {@code to}; overlapping ranges copy as if through
     * a buffer. Natively a string move ({@code rep movs}), far cheaper than a loop of loads and stores.
     *
     * @param to    the first byte written
     * @param from  the first byte read
     * @param bytes how many, {@code >= 0}
     */
    public static void copy(long to, long from, long bytes) {
        binding.copyBytes(to, from, bytes);
    }

    /**
     * Sets {@code bytes} bytes from {@code address} on to zero ({@code rep stos} natively).
     *
     * @param address the first byte
     * @param bytes   how many, {@code >= 0}
     */
    public static void zero(long address, long bytes) {
        binding.zeroBytes(address, bytes);
    }

    /**
     * Counts the 64-bit words from {@code address} on that are zero, stopping at the first that is
     * not or after {@code words} words ({@code repe scasq} natively): finding the used entries of a
     * mostly empty page table.
     *
     * @param address the first word, 8-byte aligned
     * @param words   how many words to look at, {@code >= 0}
     * @return how many zero words come first; {@code words} when all are zero
     */
    public static long leadingZeroWords(long address, long words) {
        long n = 0;
        while (n < words && binding.load64(address + 8 * n) == 0) {
            n++;
        }
        return n;
    }

    /**
     * Copies memory into a byte array: {@code length} bytes from {@code from} into
     * {@code to[offset..offset+length)}. The caller has checked the array range.
     *
     * @param from   the first byte read
     * @param to     the array written
     * @param offset the first index written
     * @param length how many bytes
     */
    public static void copyToArray(long from, byte[] to, int offset, int length) {
        for (int i = 0; i < length; i++) {
            to[offset + i] = (byte) binding.load8(from + i);
        }
    }

    /**
     * Copies a byte array into memory: {@code from[offset..offset+length)} to {@code length} bytes at
     * {@code to}. The caller has checked the array range.
     *
     * @param from   the array read
     * @param offset the first index read
     * @param to     the first byte written
     * @param length how many bytes
     */
    public static void copyFromArray(byte[] from, int offset, long to, int length) {
        for (int i = 0; i < length; i++) {
            binding.store8(to + i, from[offset + i]);
        }
    }

    /**
     * Stores {@code value} at {@code address} if the 64-bit word there equals {@code expected}, as one
     * atomic step that neither an interrupt nor another CPU can split ({@code lock cmpxchg}).
     *
     * @param address  the word, 8-byte aligned
     * @param expected the value the word must hold
     * @param value    its new value
     * @return whether the word held {@code expected} and now holds {@code value}
     */
    public static boolean compareAndSet64(long address, long expected, long value) {
        return binding.compareAndSet64(address, expected, value);
    }

    /** @param port the I/O port @return the byte read from {@code port} */
    public static int inb(int port) {
        return binding.inb(port);
    }

    /** @param port the I/O port @param value the low 8 bits are written */
    public static void outb(int port, int value) {
        binding.outb(port, value);
    }

    /** @param port the I/O port @return the 32-bit value read from {@code port} */
    public static int inl(int port) {
        return binding.inl(port);
    }

    /** @param port the I/O port @param value the value written */
    public static void outl(int port, int value) {
        binding.outl(port, value);
    }

    /** Halts the CPU until the next interrupt. */
    public static void hlt() {
        binding.hlt();
    }

    /** Masks maskable interrupts. */
    public static void cli() {
        binding.cli();
    }

    /** Unmasks maskable interrupts. */
    public static void sti() {
        binding.sti();
    }

    /** @return the CPU's time-stamp counter */
    public static long rdtsc() {
        return binding.rdtsc();
    }

    /**
     * Saves the callee-saved registers on the current stack and the stack pointer at
     * {@code saveStackPointerTo}, then loads the stack pointer from {@code loadStackPointerFrom} and
     * resumes the context saved there. Returns when another switch resumes the saved context. An arch
     * routine: natively a call to {@code magic_switchContext}.
     *
     * @param saveStackPointerTo   address of the 8-byte slot that receives the stack pointer
     * @param loadStackPointerFrom address of the slot of the context to resume
     */
    public static void switchContext(long saveStackPointerTo, long loadStackPointerFrom) {
        binding.switchContext(saveStackPointerTo, loadStackPointerFrom);
    }

    /**
     * @return the address a new thread's first {@link #switchContext} returns to: code that enables
     *         interrupts and enters the arch pack's thread start routine. An arch routine:
     *         natively a call to {@code magic_threadTrampoline}.
     */
    public static long threadTrampoline() {
        return binding.threadTrampoline();
    }

    /**
     * Drops the TLB entry (and paging-structure cache entries) of the page holding {@code virtual}:
     * {@code invlpg}. An arch routine: natively a call to {@code magic_invalidatePage}.
     *
     * @param virtual any address in the page
     */
    public static void invalidatePage(long virtual) {
        binding.invalidatePage(virtual);
    }

    /**
     * Switches the CPU to another page-table tree by loading CR3, which flushes every non-global
     * TLB entry. An arch routine: natively a call to {@code magic_loadPageTableRoot}.
     *
     * @param root physical address of the top-level table, 4 KiB aligned
     */
    public static void loadPageTableRoot(long root) {
        binding.loadPageTableRoot(root);
    }

    /**
     * @return the value of CR3: the physical address of the current top-level table (its low 12
     *         bits hold cache-control flags, zero as Moka loads it). An arch routine: natively a
     *         call to {@code magic_pageTableRoot}.
     */
    public static long pageTableRoot() {
        return binding.pageTableRoot();
    }

    /**
     * Raises one software interrupt that takes the same entry and exit path as the timer's (register
     * saves, the Java dispatcher, restores, {@code iretq}) but is ignored by the dispatcher. An arch
     * routine: natively a call to {@code magic_interruptRoundTrip}.
     *
     * @return the time-stamp-counter cycles of the round trip (guest instructions under
     *         {@code qemu -icount shift=0})
     */
    public static long interruptRoundTrip() {
        return binding.interruptRoundTrip();
    }

    /**
     * @return the return address that the interrupt entry's call into its Java handler leaves on
     *         the stack, by which a stack walk recognises an interrupted frame. An arch routine:
     *         natively a call to {@code magic_interruptEntryReturn}.
     */
    public static long interruptEntryReturn() {
        return binding.interruptEntryReturn();
    }

    /**
     * Saves the callee-saved registers and the frame pointer on the current stack, makes the stack
     * below them the one the CPU's entries from user mode land on, and drops to user mode at
     * {@code entry} with interrupts enabled, {@code userStack} as stack pointer, {@code arg0} and
     * {@code arg1} in the first two argument registers and every other register zero. Returns only
     * when {@link #leaveUser} unwinds to it. An arch routine: natively a call to
     * {@code magic_enterUser}.
     *
     * @param entry     the user program's first instruction, a canonical user address
     * @param userStack its stack pointer, a canonical user address
     * @param arg0      its first argument
     * @param arg1      its second argument
     * @return the value given to {@link #leaveUser}
     */
    public static long enterUser(long entry, long userStack, long arg0, long arg1) {
        return binding.enterUser(entry, userStack, arg0, arg1);
    }

    /**
     * Unwinds the current stack to the innermost {@link #enterUser} whose entry stack is the
     * current one ({@link #userEntryStack()}), restores the registers it saved and returns from it
     * with {@code value}. Does not return. An arch routine: natively a call to
     * {@code magic_leaveUser}.
     *
     * @param value what {@code enterUser} returns
     */
    public static void leaveUser(long value) {
        binding.leaveUser(value);
    }

    /**
     * @return the stack pointer the CPU's entries from user mode land on now (on x86_64 the TSS's
     *         RSP0, which the system-call entry uses too); 0 before any {@link #enterUser}. An arch
     *         routine: natively a call to {@code magic_userEntryStack}.
     */
    public static long userEntryStack() {
        return binding.userEntryStack();
    }

    /**
     * Loads the stack pointer the CPU's entries from user mode land on, as a context switch restores
     * it for the thread it resumes. An arch routine: natively a call to
     * {@code magic_loadUserEntryStack}.
     *
     * @param top the stack pointer, 16-byte aligned, or 0 for none
     */
    public static void loadUserEntryStack(long top) {
        binding.loadUserEntryStack(top);
    }

    /**
     * @return the address of the machine's I/O permission map, one bit per port, a clear bit letting
     *         user mode use the port (on x86_64 the bitmap inside the TSS, which the TSS's map offset
     *         leaves switched off until the arch pack fills it). An arch routine: natively a call to
     *         {@code magic_ioPermissionMap}.
     */
    public static long ioPermissionMap() {
        return binding.ioPermissionMap();
    }
}
