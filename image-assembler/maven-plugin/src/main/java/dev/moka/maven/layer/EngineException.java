package dev.moka.maven.layer;

import java.io.Serial;

/**
 * The engine cannot do what was asked, for a reason the user can fix: a wrong setting or config file,
 * a module path that does not resolve, a kernel that does not compile, QEMU missing. The message is the
 * one the {@code moka} command prints for the same problem. Moka's own exception types stay inside
 * the layer; this one is shared with the host.
 */
public final class EngineException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, as the {@code moka} command says it */
    public EngineException(String message) {
        super(message);
    }
}
