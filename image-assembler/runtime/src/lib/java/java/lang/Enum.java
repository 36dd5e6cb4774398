package java.lang;

/**
 * The base of every enum class.
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

    /** @return the enum class of this constant, even for constants with bodies */
    @SuppressWarnings("unchecked")
    public final Class<E> getDeclaringClass() {
        Class<?> c = getClass();
        return (Class<E>) (c.isEnum() ? c : MokaRuntime.superClassOf(c));
    }

    /**
     * @param enumClass an enum class @param name a constant's name @param <T> the enum type
     * @return the constant with that name
     * @throws IllegalArgumentException when there is none, with the JVM's message
     */
    public static <T extends Enum<T>> T valueOf(Class<T> enumClass, String name) {
        if (name == null) {
            throw new NullPointerException("Name is null");
        }
        T[] constants = enumClass.getEnumConstants();
        if (constants == null) {
            throw new IllegalArgumentException(enumClass.getName() + " is not an enum class");
        }
        for (T constant : constants) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("No enum constant " + enumClass.getCanonicalName() + "." + name);
    }
}
