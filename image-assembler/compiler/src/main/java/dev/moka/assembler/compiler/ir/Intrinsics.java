package dev.moka.assembler.compiler.ir;

import java.util.Set;

/**
 * Calls the compiler replaces with inline code instead of compiling the callee: the magic layer of
 * the kernel API and the runtime library's seam to the target.
 */
public final class Intrinsics {
    /** The magic class of the kernel API. */
    public static final String MAGIC = "dev/moka/kernel/api/magic/Magic";
    /** The runtime library's seam class. */
    public static final String RUNTIME = "java/lang/MokaRuntime";

    private static final Set<String> MAGIC_OPS = Set.of("load8", "load16", "load32", "load64", "store8", "store16",
            "store32", "store64", "compareAndSet64", "inb", "outb", "inl", "outl", "hlt", "cli", "sti", "rdtsc", "copy",
            "zero", "copyToArray", "copyFromArray", "leadingZeroWords");
    /** The raw system call of user programs (relibc's native binding). */
    public static final String SYSCALL = "dev/moka/relibc/sys/RawSyscall";
    /** The runtime library's output seam. */
    public static final String IO = "java/io/MokaIo";

    private static final Set<String> RUNTIME_OPS = Set.of("identityHashCode", "className", "writeError", "exit",
            "nanoTime", "currentTimeMillis", "addressOf", "load8", "load32", "load64", "memmove", "exceptionTable", "allocateArray", "methodTable", "framePointer", "objectAt", "classOf", "invokeValues");

    /**
     * Prefix of magic methods that are not expanded inline but call a routine of the arch pack's
     * boot code: {@code Magic.switchStacks(a, b)} becomes a call to the symbol {@code magic_switchStacks}
     * with the arguments in the usual registers.
     */
    public static final String ARCH_ROUTINE = "magic_";

    /** Compiled code's entry into the heap plan (kernel-api). */
    public static final String HEAP = "dev/moka/kernel/core/heap/Heap";
    /** The roots a heap plan scans (kernel-api). */
    public static final String ROOTS = "dev/moka/kernel/core/heap/Roots";
    /** Java monitors: what monitorenter, monitorexit and Object.wait/notify become (kernel-core). */
    public static final String MONITORS = "dev/moka/kernel/core/sync/Monitors";
    private static final java.util.Map<String, String> HEAP_OPS = java.util.Map.of(
            HEAP + ".words", "heap.words",
            HEAP + ".objectAt", "rt.objectAt",
            HEAP + ".outOfMemory", "heap.outOfMemory",
            HEAP + ".verifyRequested", "heap.verifyRequested",
            ROOTS + ".staticReferences", "heap.staticReferences",
            ROOTS + ".stackMaps", "heap.stackMaps",
            ROOTS + ".framePointer", "rt.framePointer",
            MONITORS + ".addressOf", "rt.addressOf");

    /** What a program can learn about its heap plan (kernel-core). */
    public static final String HEAP_STATISTICS = "dev/moka/kernel/core/heap/HeapStatistics";

    /**
     * Runtime-library methods whose calls go to kernel-core instead: the library is compiled against
     * {@code java.base} alone and cannot name kernel-core, so {@code Object.wait} calls a stub of its
     * seam class that the compiler points at the monitor code, and the heap summary a program prints
     * at exit asks the plan through stubs likewise. Each maps to {@code owner.name}, same descriptor.
     */
    private static final java.util.Map<String, String> REDIRECTED = java.util.Map.of(
            RUNTIME + ".monitorWait", MONITORS + ".await",
            RUNTIME + ".monitorNotify", MONITORS + ".notifyOne",
            RUNTIME + ".monitorNotifyAll", MONITORS + ".notifyAll",
            RUNTIME + ".heapCollections", HEAP_STATISTICS + ".collections",
            RUNTIME + ".heapPauseCycles", HEAP_STATISTICS + ".pauseCyclesTotal",
            RUNTIME + ".heapLongestPauseCycles", HEAP_STATISTICS + ".pauseCyclesMax",
            RUNTIME + ".cycleCounter", HEAP_STATISTICS + ".cycles");

    private static final java.util.Map<String, String> FLOAT_OPS = java.util.Map.of(
            "java/lang/Double.doubleToRawLongBits", "fp.doubleToRawLongBits",
            "java/lang/Double.longBitsToDouble", "fp.longBitsToDouble",
            "java/lang/Float.floatToRawIntBits", "fp.floatToRawIntBits",
            "java/lang/Float.intBitsToFloat", "fp.intBitsToFloat",
            "java/lang/Math.sqrt", "fp.sqrt",
            "java/lang/StrictMath.sqrt", "fp.sqrt");

    /** {@code Integer.numberOfLeadingZeros}. */
    public static final String LEADING_ZEROS_INT = "int.numberOfLeadingZeros32";
    /** {@code Long.numberOfLeadingZeros}. */
    public static final String LEADING_ZEROS_LONG = "int.numberOfLeadingZeros64";
    /** {@code Integer.numberOfTrailingZeros}. */
    public static final String TRAILING_ZEROS_INT = "int.numberOfTrailingZeros32";
    /** {@code Long.numberOfTrailingZeros}. */
    public static final String TRAILING_ZEROS_LONG = "int.numberOfTrailingZeros64";
    /** {@code Math.multiplyHigh}: the high 64 bits of the signed 128-bit product. */
    public static final String MULTIPLY_HIGH = "int.multiplyHigh";
    /** {@code Math.unsignedMultiplyHigh}: the high 64 bits of the unsigned 128-bit product. */
    public static final String UNSIGNED_MULTIPLY_HIGH = "int.unsignedMultiplyHigh";
    /**
     * Prefix of the integer intrinsics that may throw (a zero divisor): no calls, so values stay in
     * registers across them, but not pure either, so methods holding them are not inlined.
     */
    public static final String CHECKED_INTEGER_PREFIX = "intdiv.";
    /** {@code Integer.divideUnsigned}. */
    public static final String DIVIDE_UNSIGNED_INT = "intdiv.divideUnsigned32";
    /** {@code Integer.remainderUnsigned}. */
    public static final String REMAINDER_UNSIGNED_INT = "intdiv.remainderUnsigned32";
    /** {@code Long.divideUnsigned}. */
    public static final String DIVIDE_UNSIGNED_LONG = "intdiv.divideUnsigned64";
    /** {@code Long.remainderUnsigned}. */
    public static final String REMAINDER_UNSIGNED_LONG = "intdiv.remainderUnsigned64";

    /**
     * The JDK's {@code @IntrinsicCandidate} integer methods that HotSpot replaces with a few
     * instructions, and so does Moka ({@code backend.IntegerIntrinsics}).
     */
    private static final java.util.Map<String, String> INTEGER_OPS = java.util.Map.ofEntries(
            java.util.Map.entry("java/lang/Integer.numberOfLeadingZeros", LEADING_ZEROS_INT),
            java.util.Map.entry("java/lang/Long.numberOfLeadingZeros", LEADING_ZEROS_LONG),
            java.util.Map.entry("java/lang/Integer.numberOfTrailingZeros", TRAILING_ZEROS_INT),
            java.util.Map.entry("java/lang/Long.numberOfTrailingZeros", TRAILING_ZEROS_LONG),
            java.util.Map.entry("java/lang/Math.multiplyHigh", MULTIPLY_HIGH),
            java.util.Map.entry("java/lang/StrictMath.multiplyHigh", MULTIPLY_HIGH),
            java.util.Map.entry("java/lang/Math.unsignedMultiplyHigh", UNSIGNED_MULTIPLY_HIGH),
            java.util.Map.entry("java/lang/StrictMath.unsignedMultiplyHigh", UNSIGNED_MULTIPLY_HIGH),
            java.util.Map.entry("java/lang/Integer.toUnsignedLong", IntegerIdioms.ZERO_EXTEND),
            java.util.Map.entry("java/lang/Integer.divideUnsigned", DIVIDE_UNSIGNED_INT),
            java.util.Map.entry("java/lang/Integer.remainderUnsigned", REMAINDER_UNSIGNED_INT),
            java.util.Map.entry("java/lang/Long.divideUnsigned", DIVIDE_UNSIGNED_LONG),
            java.util.Map.entry("java/lang/Long.remainderUnsigned", REMAINDER_UNSIGNED_LONG));

    private Intrinsics() {
    }

    /**
     * @param owner the called class @param name the called method
     * @return the integer intrinsic that replaces the call, or null
     */
    public static String integerOperation(String owner, String name) {
        return INTEGER_OPS.get(owner + "." + name);
    }

    /**
     * @param owner the called class @param name the called method
     * @return the method to call instead, as {@code owner.name} with the same descriptor, or null
     */
    public static String redirected(String owner, String name) {
        return REDIRECTED.get(owner + "." + name);
    }

    /**
     * @param owner the called class @param name the called method
     * @return the intrinsic's name ({@code magic.outb}, {@code rt.exit}...), or null for an ordinary call
     */
    public static String of(String owner, String name) {
        if (owner.equals(MAGIC) && MAGIC_OPS.contains(name)) {
            return "magic." + name;
        }
        if (owner.equals(MAGIC) && !name.equals("bind") && !name.startsWith("<")) {
            return ARCH_ROUTINE + name;
        }
        if (owner.equals(RUNTIME) && RUNTIME_OPS.contains(name)) {
            return "rt." + name;
        }
        if (owner.equals(SYSCALL) && (name.equals("call") || name.equals("address"))) {
            return "sys." + name;
        }
        if (owner.equals(IO) && (name.equals("write") || name.equals("read"))) {
            return "io." + name;
        }
        String heap = HEAP_OPS.get(owner + "." + name);
        if (heap != null) {
            return heap;
        }
        String fp = FLOAT_OPS.get(owner + "." + name);
        if (fp != null) {
            return fp;
        }
        return integerOperation(owner, name);
    }
}
