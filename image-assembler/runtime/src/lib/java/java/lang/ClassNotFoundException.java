package java.lang;

/** A class named at run time does not exist. */
public class ClassNotFoundException extends ReflectiveOperationException {
    /** Creates one with no message. */
    public ClassNotFoundException() {
        super();
    }

    /** @param message the detail message */
    public ClassNotFoundException(String message) {
        super(message);
    }
}
