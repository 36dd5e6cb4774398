package dev.moka.assembler.qemu;

import java.io.Serial;

/** QEMU cannot be used: it is not installed, or it could not be started. */
public final class QemuException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and, where possible, how to fix it */
    public QemuException(String message) {
        super(message);
    }

    /** @param message what went wrong @param cause the underlying failure */
    public QemuException(String message, Throwable cause) {
        super(message, cause);
    }
}
