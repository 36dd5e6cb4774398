package java.util;

/** The common type of the formatter's complaints about a format string or its arguments. */
public class IllegalFormatException extends IllegalArgumentException {
    IllegalFormatException() {
    }
}
