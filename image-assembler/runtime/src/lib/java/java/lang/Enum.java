package java.lang;

/**
 * The base of every enum class. {@code valueOf(Class, String)} is not provided yet: it needs class
 * objects, which the runtime does not have.
 *
 * @param <E> the enum type
 */
public abstract class Enum<E extends Enum<E>> implements Comparable<E> {
    private final String name;
    private final int ordinal;

    /** @param name the constant's name @param ordinal its position in the declaration */
    protected Enum(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
    }

    /** @return the constant's name */
    public final String name() {
        return name;
    }

    /** @return the constant's position in the declaration, from 0 */
    public final int ordinal() {
        return ordinal;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public final boolean equals(Object other) {
        return this == other;
    }

    @Override
    public final int hashCode() {
        return super.hashCode();
    }

    @Override
    public final int compareTo(E other) {
        return ordinal - ((Enum<?>) other).ordinal;
    }
}
