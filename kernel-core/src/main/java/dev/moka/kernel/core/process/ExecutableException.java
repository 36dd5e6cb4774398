package dev.moka.kernel.core.process;

import java.io.Serial;

/** An executable the kernel refuses to load, with what is wrong with it. */
public final class ExecutableException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, in a few words */
    public ExecutableException(String message) {
        super(message);
    }
}
