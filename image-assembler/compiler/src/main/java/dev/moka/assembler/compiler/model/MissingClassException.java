package dev.moka.assembler.compiler.model;

import java.io.Serial;

/**
 * A class, field or method that the closed world does not contain. The message names it (methods
 * with their descriptor) and says why it is absent: a feature Moka refuses, or a JDK class or member
 * that Moka's runtime library does not provide.
 */
public final class MissingClassException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private MissingClassException(String message) {
        super(message);
    }

    /** @param internalName the missing class @return the exception */
    public static MissingClassException ofClass(String internalName) {
        return new MissingClassException(dotted(internalName) + " is not in the image's closed world"
                + explanation(internalName, internalName));
    }

    /**
     * @param missing     the missing superclass or interface
     * @param subclass    the class that extends or implements it
     * @param isInterface whether {@code missing} is named as an interface
     * @return the exception
     */
    public static MissingClassException ofSupertype(String missing, String subclass, boolean isInterface) {
        return new MissingClassException(dotted(missing) + (isInterface ? ", an interface of " : ", the superclass of ")
                + dotted(subclass) + ", is not in the image's closed world" + explanation(missing, missing));
    }

    /** @param owner the class named by the reference @param name the field @return the exception */
    public static MissingClassException ofField(String owner, String name) {
        String field = dotted(owner) + "." + name;
        return new MissingClassException(field + " (field) is not in the image's closed world" + explanation(owner, field));
    }

    /**
     * A field that code taken from the JDK expects in a class Moka's runtime library substitutes.
     *
     * @param owner the substituted class @param name the field, with its type
     * @return the exception
     */
    public static MissingClassException ofSubstitutedField(String owner, String name) {
        return new MissingClassException(dotted(owner) + "." + name + " (field) is not in the image's closed world (Moka's "
                + dotted(owner) + " has no such field: code written for the JDK's version of the class cannot run on Moka's)");
    }

    /**
     * @param owner the class named by the reference @param name the method @param descriptor its descriptor
     * @return the exception
     */
    public static MissingClassException ofMethod(String owner, String name, String descriptor) {
        String method = dotted(owner) + "." + name + descriptor;
        return new MissingClassException(method + " (method) is not in the image's closed world"
                + explanation(owner, dotted(owner) + "." + name));
    }

    private static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }

    /** @param owner the class the missing thing belongs to @param what its dotted name, matched against refusals */
    private static String explanation(String owner, String what) {
        String refused = RefusedFeatures.reasonFor(what);
        if (refused != null) {
            return " (" + refused + ")";
        }
        return owner.startsWith("java/") ? " (Moka's runtime library does not provide it)" : "";
    }
}
