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

    /** Called by compiled code for an exception that no handler catches: prints it as the JVM does and exits. */
    static void uncaught(Throwable t) {
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
