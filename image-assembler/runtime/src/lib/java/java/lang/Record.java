package java.lang;

/** The base of every record class; its equals, hashCode and toString are generated per record. */
public abstract class Record {
    /** For subclasses. */
    protected Record() {
    }

    @Override
    public abstract boolean equals(Object other);

    @Override
    public abstract int hashCode();

    @Override
    public abstract String toString();
}
