package java.io;

/**
 * Marks classes whose instances the JDK can serialize. Moka refuses serialization itself; the
 * interface exists so that classes declaring it (the JDK's {@code java.math}, for one) can be compiled.
 */
public interface Serializable {
}
