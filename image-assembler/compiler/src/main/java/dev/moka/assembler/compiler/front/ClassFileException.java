package dev.moka.assembler.compiler.front;

import java.io.Serial;

/**
 * A class file the compiler cannot use: damaged (truncated, a wrong magic number, an invalid
 * constant pool, anything the parser rejects), holding another class than its name says, or
 * unreadable. The message names the file and what is wrong with it.
 */
public final class ClassFileException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message the file and what is wrong with it */
    public ClassFileException(String message) {
        super(message);
    }
}
