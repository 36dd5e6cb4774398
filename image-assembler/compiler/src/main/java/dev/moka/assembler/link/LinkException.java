package dev.moka.assembler.link;

import java.io.Serial;

/** A symbol is missing or defined twice, or a relocation does not fit. */
public final class LinkException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong */
    public LinkException(String message) {
        super(message);
    }
}
