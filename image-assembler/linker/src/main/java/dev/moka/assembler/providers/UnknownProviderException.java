package dev.moka.assembler.providers;

import java.io.Serial;

/**
 * An image config names a provider that no module on the path provides. The message lists the names
 * that are available, so the fix is one look away.
 */
public final class UnknownProviderException extends ProviderException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message what was asked for and what is available */
    public UnknownProviderException(String message) {
        super(message);
    }
}
