package java.lang;

/**
 * One frame of a stack trace: the class and method, the source file and the line. The image's
 * traces name classes of the unnamed module loaded by the application's class loader, so the text
 * is {@code Class.method(File.java:line)}, as HotSpot prints such frames.
 */
public final class StackTraceElement {
    private final String declaringClass;
    private final String methodName;
    private final String fileName;
    private final int lineNumber;

    /**
     * @param declaringClass the binary name of the frame's class
     * @param methodName     the method's name
     * @param fileName       the source file, or null when unknown
     * @param lineNumber     the line, negative when unknown (-2: a native method)
     * @throws NullPointerException when the class or method name is null
     */
    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        if (declaringClass == null) {
            throw new NullPointerException("Declaring class is null");
        }
        if (methodName == null) {
            throw new NullPointerException("Method name is null");
        }
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    /** @return the binary name of the frame's class */
    public String getClassName() {
        return declaringClass;
    }

    /** @return the method's name */
    public String getMethodName() {
        return methodName;
    }

    /** @return the source file, or null when unknown */
    public String getFileName() {
        return fileName;
    }

    /** @return the line, negative when unknown */
    public int getLineNumber() {
        return lineNumber;
    }

    /** @return whether the frame is a native method's: never, in a compiled image */
    public boolean isNativeMethod() {
        return lineNumber == -2;
    }

    /** @return {@code Class.method(File.java:line)}, as the JVM prints a frame after "at " */
    @Override
    public String toString() {
        String where;
        if (isNativeMethod()) {
            where = "(Native Method)";
        } else if (fileName == null) {
            where = "(Unknown Source)";
        } else if (lineNumber >= 0) {
            where = "(" + fileName + ":" + lineNumber + ")";
        } else {
            where = "(" + fileName + ")";
        }
        return declaringClass + "." + methodName + where;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof StackTraceElement e)) {
            return false;
        }
        return e.lineNumber == lineNumber && e.declaringClass.equals(declaringClass)
                && e.methodName.equals(methodName) && (fileName == null ? e.fileName == null : fileName.equals(e.fileName));
    }

    /** @return the JDK's hash of an element made by this constructor (no class loader or module names) */
    @Override
    public int hashCode() {
        int result = 31 * declaringClass.hashCode() + methodName.hashCode();
        // The JDK mixes in the class loader's name, the module's name and its version: none here.
        result = 31 * 31 * 31 * result;
        result = 31 * result + (fileName == null ? 0 : fileName.hashCode());
        return 31 * result + lineNumber;
    }
}
