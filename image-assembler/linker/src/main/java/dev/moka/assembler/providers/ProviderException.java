package dev.moka.assembler.providers;

import java.io.Serial;

/**
 * A provider an image needs cannot be had: no module provides the name, two modules provide it, or
 * the module path that should hold it is wrong. The message says what was asked for, what was found
 * and how to fix it.
 */
public class ProviderException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, for the user */
    public ProviderException(String message) {
        super(message);
    }

    /** @param message what went wrong, for the user @param cause the underlying failure */
    public ProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
