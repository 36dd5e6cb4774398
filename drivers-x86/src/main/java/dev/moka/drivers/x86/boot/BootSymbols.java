package dev.moka.drivers.x86.boot;

/** Symbol names shared by the boot stub's pieces and the linker. */
final class BootSymbols {
    /** Defined by the linker: the image load address (first byte of the ELF file). */
    static final String IMAGE_START = "__image_start";
    /** Defined by the linker: end of the file data. */
    static final String LOAD_END = "__load_end";
    /** Defined by the linker: end of the bss. */
    static final String BSS_END = "__bss_end";

    static final String MULTIBOOT_HEADER = "moka.boot.multiboot_header";
    static final String MULTIBOOT2_HEADER = "moka.boot.multiboot2_header";
    static final String ENTRY32 = "moka.boot.entry32";
    static final String LONG_ENTRY = "moka.boot.entry64";
    static final String GDT = "moka.boot.gdt";
    static final String GDT_POINTER = "moka.boot.gdt_pointer";
    static final String PANIC = "moka.boot.panic";

    static final String PML4 = "moka.boot.pml4";
    static final String PDPT = "moka.boot.pdpt";
    static final String PAGE_DIRECTORIES = "moka.boot.page_directories";
    static final String LOW_PAGE_TABLE = "moka.boot.low_page_table";
    static final String STACK = "moka.boot.stack";
    /** Unmapped pages right below {@link #STACK}. */
    static final String BOOT_STACK_GUARD = "moka.boot.stack_guard";
    /** The page table that splits the 2 MiB page holding the boot stack's guard. */
    static final String BOOT_GUARD_TABLE = "moka.boot.guard_table";
    /** The stack the double-fault handler runs on (TSS IST 1), so it works when a thread's stack is gone. */
    static final String DOUBLE_FAULT_STACK = "moka.boot.double_fault_stack";
    static final String IDT = "moka.boot.idt";
    static final String TSS = "moka.boot.tss";
    static final String SWITCH_CONTEXT = "magic_switchContext";
    static final String THREAD_TRAMPOLINE = "magic_threadTrampoline";
    static final String INVALIDATE_PAGE = "magic_invalidatePage";
    static final String LOAD_PAGE_TABLE_ROOT = "magic_loadPageTableRoot";
    static final String PAGE_TABLE_ROOT = "magic_pageTableRoot";
    static final String INTERRUPT_ROUND_TRIP = "magic_interruptRoundTrip";
    static final String INTERRUPT_ENTRY_RETURN = "magic_interruptEntryReturn";
    static final String ENTER_USER = "magic_enterUser";
    static final String LEAVE_USER = "magic_leaveUser";
    static final String USER_ENTRY_STACK = "magic_userEntryStack";
    static final String LOAD_USER_ENTRY_STACK = "magic_loadUserEntryStack";
    /** Where the {@code syscall} instruction enters the kernel (LSTAR). */
    static final String SYSCALL_ENTRY = "moka.boot.syscall_entry";
    /** A bss word that holds the user's stack pointer for the two instructions it takes to switch stacks. */
    static final String USER_RSP_SCRATCH = "moka.boot.user_rsp_scratch";
    /** The remapped master PIC's IRQ 7, which the Java dispatcher takes as spurious and ignores. */
    static final int SPURIOUS_VECTOR = 32 + 7;
    static final String INTERRUPT_HANDLER = "dev/moka/drivers/x86/X86Interrupts.onInterrupt(JJ)V";
    static final String THREAD_START = "dev/moka/drivers/x86/X86Interrupts.threadStart()V";
    static final String FAULT_HANDLER = "dev/moka/drivers/x86/X86Faults.raise(JJJJJ)V";
    /** A system call from user mode; its result goes back to the program. */
    static final String SYSCALL_HANDLER = "dev/moka/drivers/x86/X86UserMode.syscall(JJJJJJJ)J";
    /** A CPU exception in user mode; returning resumes the program. */
    static final String USER_FAULT_HANDLER = "dev/moka/drivers/x86/X86UserMode.fault(JJJJ)V";
    /** A system call whose return address is not a canonical user address; never returns. */
    static final String UNRETURNABLE_HANDLER = "dev/moka/drivers/x86/X86UserMode.unreturnable(J)V";
    /** Where the double-fault handler reports a stack overflow, on the double-fault stack. */
    static final String STACK_OVERFLOW_HANDLER = "dev/moka/drivers/x86/X86Faults.stackOverflow(J)V";
    /** Non-zero while a CPU exception is being raised in Java (a bss word). */
    static final String FAULT_DEPTH = "moka.boot.fault_depth";
    /** Defined by the compiler: the first byte of compiled Java code. */
    static final String JAVA_CODE_START = "__java_code_start";
    /** Defined by the compiler: the byte after compiled Java code. */
    static final String JAVA_CODE_END = "__java_code_end";

    static final int PAGE = 4096;
    static final int STACK_SIZE = 64 * 1024;
    /** Pages of the boot stack's guard; the block is aligned to its size. */
    static final int BOOT_GUARD_PAGES = 4;
    static final int DOUBLE_FAULT_STACK_SIZE = 32 * 1024;
    /** The double fault's IST slot (1..7) in the TSS and its IDT gate. */
    static final int DOUBLE_FAULT_IST = 1;
    /** Offset of RSP0 in the 64-bit TSS: the stack an interrupt or exception from ring 3 lands on. */
    static final int TSS_RSP0 = 4;
    /** Offset of IST 1 in the 64-bit TSS. */
    static final int TSS_IST1 = 36;
    static final int DOUBLE_FAULT = 8;
    static final int EXCEPTION_VECTORS = 32;
    /** Exceptions, then the 16 lines of the two 8259 PICs. */
    static final int IDT_VECTORS = 48;
    static final int TSS_SIZE = 104;
    /** The I/O permission bitmap right after the TSS: one bit per port, 65536 ports. */
    static final int TSS_IO_BITMAP_BYTES = 8192;
    /**
     * The TSS block: the TSS, its I/O bitmap and the byte of ones the CPU wants after the bitmap
     * (an access near the last port reads two bytes). The descriptor's limit covers all of it.
     */
    static final int TSS_BLOCK_SIZE = TSS_SIZE + TSS_IO_BITMAP_BYTES + 1;
    /** The arch routine giving the I/O bitmap's address. */
    static final String IO_PERMISSION_MAP = "magic_ioPermissionMap";
    static final int IDT_ENTRY_SIZE = 16;

    static final int CODE_SELECTOR = 0x08;
    static final int DATA_SELECTOR = 0x10;
    /**
     * Ring-3 data, then ring-3 64-bit code, in the order {@code sysret} needs: it loads SS from
     * STAR[63:48] + 8 and CS from STAR[63:48] + 16, with the data selector as that base.
     */
    static final int USER_DATA_SELECTOR = 0x18;
    static final int USER_CODE_SELECTOR = 0x20;
    /** Requested privilege level 3: how ring-3 selectors are loaded. */
    static final int USER_RPL = 3;
    static final int TSS_SELECTOR = 0x28;
    /** Null, kernel code and data, user data and code, and the two slots of the 64-bit TSS descriptor. */
    static final int GDT_ENTRIES = 7;

    private BootSymbols() {
    }
}
