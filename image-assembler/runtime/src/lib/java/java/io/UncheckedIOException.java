package java.io;

/** Wraps an {@link IOException} where a checked exception cannot be thrown. */
public class UncheckedIOException extends RuntimeException {
    /** @param message the detail message @param cause the I/O failure */
    public UncheckedIOException(String message, IOException cause) {
        super(message, java.util.Objects.requireNonNull(cause));
    }

    /** @param cause the I/O failure; the message is its toString */
    public UncheckedIOException(IOException cause) {
        super(java.util.Objects.requireNonNull(cause));
    }

    @Override
    public IOException getCause() {
        return (IOException) super.getCause();
    }
}
