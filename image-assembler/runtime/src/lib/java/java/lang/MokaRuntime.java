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

    /** Builds main's argument array from the process's argv (C strings, taken as UTF-8 without checks). */
    static String[] arguments(int argc, long argv) {
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

    /** Ends a program whose main method returned: flushes the standard streams and exits with status 0. */
    static void mainReturned() {
        System.exit(0);
    }

    /** Array copy behind System.arraycopy: type, bounds and store checks as on the JVM, then a memory move. */
    static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        long srcClass = load64(addressOf(src));
        long destClass = load64(addressOf(dest));
        int srcFlags = load32(srcClass + 4);
        int destFlags = load32(destClass + 4);
        if ((srcFlags & 1) == 0 || (destFlags & 1) == 0) {
            throw new ArrayStoreException("arraycopy: " + ((srcFlags & 1) == 0 ? "source" : "destination")
                    + " type " + className(((srcFlags & 1) == 0) ? src : dest) + " is not an array");
        }
        long srcElement = load64(srcClass + 48);
        long destElement = load64(destClass + 48);
        int size = load32(srcClass + 12);
        if (srcClass != destClass && (srcElement == 0 || destElement == 0)) {
            throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + className(src) + " into "
                    + className(dest));
        }
        int srcLength = load32(addressOf(src) + 16);
        int destLength = load32(addressOf(dest) + 16);
        if (srcPos < 0 || destPos < 0 || length < 0 || srcPos > srcLength - length || destPos > destLength - length) {
            throw new ArrayIndexOutOfBoundsException(arraycopyBounds(srcPos, destPos, length, srcLength, destLength));
        }
        if (srcClass != destClass) {
            // Two reference array types: each element is stored with the JVM's store check.
            Object[] from = (Object[]) src;
            Object[] to = (Object[]) dest;
            if (from == to && srcPos < destPos) {
                for (int i = length - 1; i >= 0; i--) {
                    to[destPos + i] = from[srcPos + i];
                }
            } else {
                for (int i = 0; i < length; i++) {
                    to[destPos + i] = from[srcPos + i];
                }
            }
            return;
        }
        memmove(addressOf(dest) + 24 + (long) destPos * size, addressOf(src) + 24 + (long) srcPos * size,
                (long) length * size);
    }

    private static String arraycopyBounds(int srcPos, int destPos, int length, int srcLength, int destLength) {
        if (length < 0) {
            return "arraycopy: length " + length + " is negative";
        }
        if (srcPos < 0 || srcPos > srcLength - length) {
            return srcPos < 0 ? "arraycopy: source index " + srcPos + " out of bounds for length " + srcLength
                    : "arraycopy: last source index " + (srcPos + length) + " out of bounds for length " + srcLength;
        }
        return destPos < 0 ? "arraycopy: destination index " + destPos + " out of bounds for length " + destLength
                : "arraycopy: last destination index " + (destPos + length) + " out of bounds for length " + destLength;
    }

    /** Called by compiled code for an exception that no handler catches: prints it as the JVM does and exits. */
    static void uncaught(Throwable t) {
        System.out.flush();
        printError("Exception in thread \"main\" ");
        printError(t.toString());
        writeError('\n');
        exit(1);
    }

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

    /** Called by compiled code when a checkcast fails. */
    static void throwClassCast(Object o, String target) {
        throw new ClassCastException("class " + className(o) + " cannot be cast to class " + target);
    }

    /** Called by compiled code when the heap is exhausted. */
    static void throwOutOfMemory() {
        throw new OutOfMemoryError("Java heap space");
    }

    private static void printError(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            writeError(c < 256 ? c : '?');
        }
    }
}
