package dev.moka.assembler.compiler.ir;

import java.io.Serial;

/**
 * A method uses bytecode or a language feature the compiler does not translate yet. The reachability
 * pass adds the call chain before reporting it, so the message here says only what and where.
 */
public final class UnsupportedCodeException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message the bytecode or feature, and its index in the method */
    public UnsupportedCodeException(String message) {
        super(message);
    }
}
