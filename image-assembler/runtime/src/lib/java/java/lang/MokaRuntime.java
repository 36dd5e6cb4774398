package java.lang;

/**
 * The seam between the runtime library and the compiler. Methods marked intrinsic have bodies only
 * so that the library compiles: the compiler replaces every call with code for the image's target
 * (serial port and exit device in a kernel, system calls in a Linux executable).
 */
final class MokaRuntime {
    private MokaRuntime() {
    }

    /** Intrinsic: the identity hash, stable for the object's life. */
    static int identityHashCode(Object o) {
        throw new InternalError("intrinsic");
    }

    /**
     * Object.wait: the compiler calls the kernel's monitor code instead ({@code Monitors.await}),
     * which this library, built against java.base alone, cannot name.
     */
    static void monitorWait(Object o, long timeoutMillis) {
        throw new InternalError("intrinsic");
    }

    /** The number of collections the heap plan ran: the compiler calls {@code HeapStatistics.collections}. */
    static long heapCollections() {
        throw new InternalError("intrinsic");
    }

    /** The cycles the plan's collections took: the compiler calls {@code HeapStatistics.pauseCyclesTotal}. */
    static long heapPauseCycles() {
        throw new InternalError("intrinsic");
    }

    /** The cycles of the plan's longest collection: the compiler calls {@code HeapStatistics.pauseCyclesMax}. */
    static long heapLongestPauseCycles() {
        throw new InternalError("intrinsic");
    }

    /** The time-stamp counter: the compiler calls {@code HeapStatistics.cycles}. */
    static long cycleCounter() {
        throw new InternalError("intrinsic");
    }

    /** Object.notify: the compiler calls {@code Monitors.notifyOne} instead. */
    static void monitorNotify(Object o) {
        throw new InternalError("intrinsic");
    }

    /** Object.notifyAll: the compiler calls {@code Monitors.notifyAll} instead. */
    static void monitorNotifyAll(Object o) {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: the binary name of the object's class, with dots. */
    static String className(Object o) {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: writes one byte to the error console (stderr, or the serial port in a kernel). */
    static void writeError(int b) {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: ends the program (exit status) or the machine (status 0 = success). */
    static void exit(int status) {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: a monotonic clock in nanoseconds. */
    static long nanoTime() {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: the wall clock in milliseconds since the epoch. */
    static long currentTimeMillis() {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: the address of an object (objects do not move while it is used). */
    static long addressOf(Object o) {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: reads a byte of memory, zero-extended. */
    static int load8(long address) {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: reads 32 bits of memory. */
    static int load32(long address) {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: reads 64 bits of memory. */
    static long load64(long address) {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: copies {@code bytes} bytes from {@code src} to {@code dst}; the ranges may overlap. */
    static void memmove(long dst, long src, long bytes) {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: the address of the image's exception table. */
    static long exceptionTable() {
        throw new InternalError("intrinsic");
    }

    /**
     * Called by the unwinder for each frame: the handler that catches {@code t} thrown at machine
     * address {@code pc}, or 0. Rows are {start, end, handler, caught ClassInfo or 0, frame bytes}.
     * Must not allocate or throw.
     */
    static long findHandler(Throwable t, long pc) {
        long table = exceptionTable();
        long rows = load64(table);
        for (long i = 0; i < rows; i++) {
            long row = table + 8 + i * 40;
            if (pc >= load64(row) && pc < load64(row + 8)) {
                long type = load64(row + 24);
                if (type == 0 || isInstanceOfClass(t, type)) {
                    return load64(row + 16);
                }
            }
        }
        return 0;
    }

    /** Called by the unwinder: the frame size of the method whose code holds {@code pc}. */
    static long frameBytesAt(long pc) {
        long table = exceptionTable();
        long rows = load64(table);
        for (long i = 0; i < rows; i++) {
            long row = table + 8 + i * 40;
            if (pc >= load64(row) && pc < load64(row + 8)) {
                return load64(row + 32);
            }
        }
        return 0;
    }

    /** Subtype test against a class (not an interface) through the display of ancestors. */
    private static boolean isInstanceOfClass(Object o, long classInfo) {
        long c = load64(addressOf(o));
        int depth = load32(classInfo + 8);
        if (load32(c + 8) < depth) {
            return false;
        }
        return load64(load64(c + 16) + 8L * depth) == classInfo;
    }

    /** Intrinsic: a new zeroed array of the given array class (ClassInfo address) and length. */
    static Object allocateArray(long classInfo, int length) {
        throw new InternalError("intrinsic");
    }

    /** Called by compiled code for {@code array.clone()}: a shallow copy of any array. */
    static Object cloneArray(Object array) {
        long address = addressOf(array);
        long classInfo = load64(address);
        int length = load32(address + 16);
        Object copy = allocateArray(classInfo, length);
        memmove(addressOf(copy) + 24, address + 24, (long) length * load32(classInfo + 12));
        return copy;
    }

    /**
     * Called by compiled code when an array type test is not an exact match: array covariance
     * ({@code String[]} is an {@code Object[]}, {@code int[][]} is an {@code Object[]}).
     */
    static boolean isInstanceOfArray(Object o, long target) {
        return isSubtypeInfo(load64(addressOf(o)), target);
    }

    private static boolean isSubtypeInfo(long c, long t) {
        if (c == t) {
            return true;
        }
        int tFlags = load32(t + 4);
        if ((tFlags & 1) != 0) {
            long tElement = load64(t + 48);
            long cElement = load64(c + 48);
            return (load32(c + 4) & 1) != 0 && tElement != 0 && cElement != 0 && isSubtypeInfo(cElement, tElement);
        }
        if ((tFlags & 2) != 0) {
            // An interface: its id is in the type-id word; classes carry a bitset of their interfaces.
            long bits = load64(c + 24);
            int id = load32(t + 64);
            return bits != 0 && ((load8(bits + (id >> 3)) >> (id & 7)) & 1) != 0;
        }
        int depth = load32(t + 8);
        return load32(c + 8) >= depth && load64(load64(c + 16) + 8L * depth) == t;
    }

    /** Called by compiled code for multianewarray: nested arrays for the given dimensions. */
    static Object newMultiArray(long classInfo, int[] dimensions, int level) {
        int length = dimensions[level];
        if (length < 0) {
            throw new NegativeArraySizeException(Integer.toString(length));
        }
        Object array = allocateArray(classInfo, length);
        if (level + 1 < dimensions.length) {
            for (int d = level + 1; d < dimensions.length; d++) {
                if (dimensions[d] < 0) {
                    throw new NegativeArraySizeException(Integer.toString(dimensions[d]));
                }
            }
            Object[] outer = (Object[]) array;
            long element = load64(classInfo + 48);
            for (int i = 0; i < length; i++) {
                outer[i] = newMultiArray(element, dimensions, level + 1);
            }
        }
        return array;
    }

    /** Called by compiled code for frem: exact, because float values and their remainder fit a double. */
    static float frem(float x, float y) {
        return (float) drem(x, y);
    }

    /**
     * Called by compiled code for drem: the truncating remainder of C's fmod, computed exactly on the
     * significands by shift and subtract.
     */
    static double drem(double x, double y) {
        long ux = Double.doubleToRawLongBits(x);
        long uy = Double.doubleToRawLongBits(y);
        int ex = (int) (ux >>> 52) & 0x7ff;
        int ey = (int) (uy >>> 52) & 0x7ff;
        long sign = ux & 0x8000000000000000L;
        if ((uy << 1) == 0 || y != y || ex == 0x7ff) {
            return (x * y) / (x * y);
        }
        long ax = ux << 1;
        long ay = uy << 1;
        if ((ax ^ Long.MIN_VALUE) <= (ay ^ Long.MIN_VALUE)) {
            return ax == ay ? 0 * x : x;
        }
        long mx = ux;
        long my = uy;
        if (ex == 0) {
            for (long i = mx << 12; i >= 0; i <<= 1) {
                ex--;
            }
            mx <<= -ex + 1;
        } else {
            mx &= -1L >>> 12;
            mx |= 1L << 52;
        }
        if (ey == 0) {
            for (long i = my << 12; i >= 0; i <<= 1) {
                ey--;
            }
            my <<= -ey + 1;
        } else {
            my &= -1L >>> 12;
            my |= 1L << 52;
        }
        for (; ex > ey; ex--) {
            long i = mx - my;
            if (i >= 0) {
                if (i == 0) {
                    return 0 * x;
                }
                mx = i;
            }
            mx <<= 1;
        }
        long i = mx - my;
        if (i >= 0) {
            if (i == 0) {
                return 0 * x;
            }
            mx = i;
        }
        while ((mx >>> 52) == 0) {
            mx <<= 1;
            ex--;
        }
        if (ex > 0) {
            mx -= 1L << 52;
            mx |= (long) ex << 52;
        } else {
            mx >>>= -ex + 1;
        }
        return Double.longBitsToDouble(mx | sign);
    }

    /** Intrinsic: the address of the image's method table (see {@link MokaStackTrace}). */
    static long methodTable() {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: the frame pointer (rbp) of the method that calls it. */
    static long framePointer() {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: the object at an address (the inverse of addressOf). */
    static Object objectAt(long address) {
        throw new InternalError("intrinsic");
    }

    /** @param array any array @return its length */
    static int arrayLength(Object array) {
        return load32(addressOf(array) + 16);
    }

    /**
     * The common case of {@code System.arraycopy}: two arrays of the same primitive class and ranges
     * inside both, copied with one memory move and no type names.
     *
     * @return whether it copied; false (nothing done) leaves the checks and their messages to the caller
     */
    static boolean copyWithinPrimitiveArrays(Object src, int srcPos, Object dest, int destPos, int length) {
        long classInfo = load64(addressOf(src));
        // Flags bit 0: an array class; a primitive array's element class is 0.
        if (classInfo != load64(addressOf(dest)) || (load32(classInfo + 4) & 1) == 0 || load64(classInfo + 48) != 0) {
            return false;
        }
        int end = srcPos + length;
        int destEnd = destPos + length;
        if (srcPos < 0 || destPos < 0 || length < 0 || end < 0 || destEnd < 0 || end > arrayLength(src)
                || destEnd > arrayLength(dest)) {
            return false;
        }
        long size = load32(classInfo + 12);
        memmove(addressOf(dest) + 24 + destPos * size, addressOf(src) + 24 + srcPos * size, length * size);
        return true;
    }

    /** Copies elements between two arrays of the same primitive type (checked by the caller); ranges may overlap. */
    static void copyPrimitives(Object src, int srcPos, Object dest, int destPos, int length) {
        long size = load32(load64(addressOf(src)) + 12);
        memmove(addressOf(dest) + 24 + destPos * size, addressOf(src) + 24 + srcPos * size, length * size);
    }

    /** The process's envp: NAME=value C strings, then a null pointer; 0 in a kernel, which has none. */
    private static long environment;

    /** Builds main's argument array from the process's argv (C strings, taken as UTF-8 without checks). */
    static String[] arguments(int argc, long argv) {
        // As a System V process starts, the environment's pointers follow argv's null pointer.
        environment = argv + 8L * (argc + 1);
        HeapSummary.processStarts();
        String[] args = new String[argc > 0 ? argc - 1 : 0];
        for (int i = 1; i < argc; i++) {
            long s = load64(argv + 8L * i);
            int n = 0;
            while (load8(s + n) != 0) {
                n++;
            }
            char[] chars = new char[n];
            for (int j = 0; j < n; j++) {
                chars[j] = (char) load8(s + j);
            }
            args[i - 1] = new String(chars);
        }
        return args;
    }

    /** @param address a C string @return its bytes as chars (taken as ASCII/UTF-8 without checks) */
    /**
     * @param name a variable's name, ASCII
     * @return whether the process's environment has the variable, looked up without building strings
     */
    static boolean inEnvironment(String name) {
        if (environment == 0) {
            return false;
        }
        for (long slot = environment; load64(slot) != 0; slot += 8) {
            long entry = load64(slot);
            int i = 0;
            while (i < name.length() && load8(entry + i) == name.charAt(i)) {
                i++;
            }
            if (i == name.length() && load8(entry + i) == '=') {
                return true;
            }
        }
        return false;
    }

    private static String cString(long address) {
        int n = 0;
        while (load8(address + n) != 0) {
            n++;
        }
        char[] chars = new char[n];
        for (int j = 0; j < n; j++) {
            chars[j] = (char) load8(address + j);
        }
        return new String(chars);
    }

    /** @return the process's environment as NAME=value strings, in the order it was given; empty in a kernel */
    static String[] environment() {
        if (environment == 0) {
            return new String[0];
        }
        int count = 0;
        while (load64(environment + 8L * count) != 0) {
            count++;
        }
        String[] entries = new String[count];
        for (int i = 0; i < count; i++) {
            entries[i] = cString(load64(environment + 8L * i));
        }
        return entries;
    }

    /** Ends a program whose main method returned: flushes the standard streams and exits with status 0. */
    static void mainReturned() {
        System.exit(0);
    }

    /** Called by compiled code for an exception that no handler catches: prints it as the JVM does and exits. */
    static void uncaught(Throwable t) {
        if (reportingUncaught) {
            // Reporting the first exception failed (the heap is exhausted, say): stop as cleanly as we can.
            writeError('\n');
            exit(1);
        }
        reportingUncaught = true;
        System.out.flush();
        printError("Exception in thread \"main\" ");
        if (t instanceof OutOfMemoryError) {
            // Printing a trace allocates; an exhausted heap gets the class and message only.
            printError(className(t));
            String message = t.getMessage();
            if (message != null) {
                printError(": ");
                printError(message);
            }
            writeError('\n');
            exit(1);
        }
        t.printStackTrace();
        exit(1);
    }

    private static boolean reportingUncaught;

    /** Called by compiled code for a null receiver or array. */
    static void throwNullPointer() {
        throw new NullPointerException();
    }

    /** Called by compiled code for an index outside an array. */
    static void throwArrayIndex(int index, int length) {
        throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }

    /** Called by compiled code for an integer division by zero. */
    static void throwDivideByZero() {
        throw new ArithmeticException("/ by zero");
    }

    /** Called by compiled code for a negative array length. */
    static void throwNegativeArraySize(int length) {
        throw new NegativeArraySizeException(Integer.toString(length));
    }

    /** Called by compiled code when a checkcast fails; the message names the classes' modules as HotSpot does. */
    static void throwClassCast(Object o, String target) {
        String from = className(o);
        boolean fromBase = inJavaBase(from);
        boolean toBase = inJavaBase(target);
        String where = fromBase == toBase
                ? from + " and " + target + " are in " + moduleOf(fromBase)
                : from + " is in " + moduleOf(fromBase) + "; " + target + " is in " + moduleOf(toBase);
        throw new ClassCastException("class " + from + " cannot be cast to class " + target + " (" + where + ")");
    }

    private static boolean inJavaBase(String className) {
        int start = 0;
        while (start < className.length() && className.charAt(start) == '[') {
            start++;
        }
        return start == className.length() - 1 || className.startsWith("java.", start)
                || className.startsWith("Ljava.", start) || (start > 0 && className.charAt(start) != 'L');
    }

    private static String moduleOf(boolean javaBase) {
        return javaBase ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'";
    }

    /** Intrinsic: the Class object of an object's class. */
    static Class<?> classOf(Object o) {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: calls an enum's values() through the code address its Class object holds. */
    static Object[] invokeValues(long code) {
        throw new InternalError("intrinsic");
    }

    /** @return the Class object of a class's superclass */
    static Class<?> superClassOf(Class<?> c) {
        long superInfo = load64(c.info() + 56);
        return superInfo == 0 ? null : (Class<?>) objectAt(load64(superInfo + 80));
    }

    /** @return whether an object's class is the class record {@code info} or a subtype of it */
    static boolean isSubtypeOf(Object o, long info) {
        return isSubtypeInfo(load64(addressOf(o)), info);
    }

    /** Called by compiled code for a null reference, with HotSpot's helpful message worked out at build time. */
    static void throwNullPointerMessage(String message) {
        throw new NullPointerException(message);
    }

    /** Called by a method's prologue when the stack is below its limit. */
    static void throwStackOverflow() {
        throw new StackOverflowError();
    }

    /** Thrown when even a new OutOfMemoryError cannot be allocated. */
    private static final OutOfMemoryError HEAP_EXHAUSTED = new OutOfMemoryError("Java heap space");
    private static boolean reportingOutOfMemory;

    /** Called by compiled code and the heap plans when the heap is exhausted. */
    static void throwOutOfMemory() {
        if (reportingOutOfMemory) {
            throw HEAP_EXHAUSTED;
        }
        reportingOutOfMemory = true;
        OutOfMemoryError error;
        try {
            error = new OutOfMemoryError("Java heap space");
        } finally {
            reportingOutOfMemory = false;
        }
        throw error;
    }

    /**
     * A new array of references of the same array class as the template, for Arrays.copyOf and
     * Collection.toArray(T[]).
     */
    static Object[] newArrayLike(Object[] template, int length) {
        if (length < 0) {
            throw new NegativeArraySizeException(Integer.toString(length));
        }
        return (Object[]) allocateArray(load64(addressOf(template)), length);
    }

    /**
     * Whether both are reference arrays and every element of {@code source} may be stored into
     * {@code target} without a check: the source's element type is the target's or a subtype of it.
     */
    static boolean isAssignableArray(Object source, Object target) {
        long sourceInfo = load64(addressOf(source));
        long targetInfo = load64(addressOf(target));
        long sourceElement = load64(sourceInfo + 48);
        long targetElement = load64(targetInfo + 48);
        return (load32(sourceInfo + 4) & 1) != 0 && (load32(targetInfo + 4) & 1) != 0 && sourceElement != 0
                && targetElement != 0 && (sourceInfo == targetInfo || isSubtypeInfo(sourceElement, targetElement));
    }

    /**
     * Copies references between reference arrays as memory. Objects do not move and the plans keep
     * no write barrier, so a reference is a word like any other.
     */
    static void copyReferences(Object src, int srcPos, Object dest, int destPos, int length) {
        memmove(addressOf(dest) + 24 + destPos * 8L, addressOf(src) + 24 + srcPos * 8L, length * 8L);
    }

    /**
     * Whether the value may be stored into the array (the aastore check), for System.arraycopy.
     */
    static boolean isStorable(Object[] array, Object value) {
        return value == null || isSubtypeInfo(load64(addressOf(value)), load64(load64(addressOf(array)) + 48));
    }

    /** Called by compiled code for aastore when the value's class is not exactly the element class. */
    static void checkStore(Object[] array, Object value) {
        if (!isSubtypeInfo(load64(addressOf(value)), load64(load64(addressOf(array)) + 48))) {
            throw new ArrayStoreException(className(value));
        }
    }

    /** Writes a string to the error console, one byte per char ('?' beyond Latin-1). */
    static void printError(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            writeError(c < 256 ? c : '?');
        }
    }
}
