package dev.moka.assembler.compiler.model;

import java.io.Serial;

/**
 * The image cannot be built: a method the compiler cannot translate, a class that is missing from the
 * closed world, or magic used where it is not allowed. The message names the method, the bytecode
 * and the call chain from the entry point.
 */
public class BuildException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, with the call chain that reached it */
    public BuildException(String message) {
        super(message);
    }

    /** @param message what went wrong @param cause the underlying failure */
    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
