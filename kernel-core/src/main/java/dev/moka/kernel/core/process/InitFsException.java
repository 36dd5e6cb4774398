package dev.moka.kernel.core.process;

import java.io.Serial;

/** An initfs the kernel refuses to read, with what is wrong with it. */
public final class InitFsException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, in a few words */
    public InitFsException(String message) {
        super(message);
    }
}
