package dev.moka.assembler.compiler.model;

import java.io.Serial;

/** A class, field or method that the closed world does not contain. */
public final class MissingClassException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param what the missing class, field or method */
    public MissingClassException(String what) {
        super(what.replace('/', '.') + " is not in the image's closed world" + explanation(what));
    }

    private static String explanation(String what) {
        String refused = RefusedFeatures.reasonFor(what);
        if (refused != null) {
            return " (" + refused + ")";
        }
        return what.startsWith("java/") ? " (Moka's runtime library does not provide it)" : "";
    }
}
