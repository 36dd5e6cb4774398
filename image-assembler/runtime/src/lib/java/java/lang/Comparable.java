package java.lang;

/** @param <T> what this compares with */
public interface Comparable<T> {
    /** @param other the other value @return negative, zero or positive */
    int compareTo(T other);
}
