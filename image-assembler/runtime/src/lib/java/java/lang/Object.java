package java.lang;

/** The root of every class in a Moka image. Two header words precede every object's fields. */
public class Object {
    /** Creates an object. */
    public Object() {
    }

    /** @return the object's class */
    public final Class<?> getClass() {
        return MokaRuntime.classOf(this);
    }

    /** @param other another object @return whether it is this very object */
    public boolean equals(Object other) {
        return this == other;
    }

    /** @return the identity hash code */
    public int hashCode() {
        return MokaRuntime.identityHashCode(this);
    }

    /** @return the class name, '@', and the hash code in hex, as on the JVM */
    public String toString() {
        return getClass().getName() + "@" + Integer.toHexString(hashCode());
    }
}
