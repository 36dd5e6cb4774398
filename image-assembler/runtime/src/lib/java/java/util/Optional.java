package java.util;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** @param <T> value type; a value that may be absent */
public final class Optional<T> {
    private static final Optional<?> EMPTY = new Optional<Object>(null);

    private final T value;

    private Optional(T value) {
        this.value = value;
    }

    /** @param <T> value type @return the empty optional */
    @SuppressWarnings("unchecked")
    public static <T> Optional<T> empty() {
        return (Optional<T>) EMPTY;
    }

    /** @param value not null @param <T> value type @return an optional holding it */
    public static <T> Optional<T> of(T value) {
        return new Optional<T>(Objects.requireNonNull(value));
    }

    /** @param value may be null @param <T> value type @return an optional holding it, or empty */
    public static <T> Optional<T> ofNullable(T value) {
        return value == null ? Optional.<T>empty() : new Optional<T>(value);
    }

    /** @return the value @throws NoSuchElementException "No value present" when empty */
    public T get() {
        return orElseThrow();
    }

    /** @return the value @throws NoSuchElementException "No value present" when empty */
    public T orElseThrow() {
        if (value == null) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }

    /** @param supplier makes the exception @param <X> its type @return the value @throws X when empty */
    public <X extends Throwable> T orElseThrow(Supplier<? extends X> supplier) throws X {
        if (value == null) {
            throw supplier.get();
        }
        return value;
    }

    /** @return whether there is a value */
    public boolean isPresent() {
        return value != null;
    }

    /** @return whether there is none */
    public boolean isEmpty() {
        return value == null;
    }

    /** @param action called with the value when present */
    public void ifPresent(Consumer<? super T> action) {
        if (value != null) {
            action.accept(value);
        }
    }

    /** @param action called with the value when present @param emptyAction run otherwise */
    public void ifPresentOrElse(Consumer<? super T> action, Runnable emptyAction) {
        if (value != null) {
            action.accept(value);
        } else {
            emptyAction.run();
        }
    }

    /** @param predicate condition @return this when present and matching, else empty */
    public Optional<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return value == null || predicate.test(value) ? this : Optional.<T>empty();
    }

    /** @param mapper applied to the value @param <U> result type @return the mapped optional */
    public <U> Optional<U> map(Function<? super T, ? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return value == null ? Optional.<U>empty() : Optional.<U>ofNullable(mapper.apply(value));
    }

    /** @param mapper applied to the value @param <U> result type @return its optional */
    @SuppressWarnings("unchecked")
    public <U> Optional<U> flatMap(Function<? super T, ? extends Optional<? extends U>> mapper) {
        Objects.requireNonNull(mapper);
        return value == null ? Optional.<U>empty() : Objects.requireNonNull((Optional<U>) mapper.apply(value));
    }

    /** @param supplier supplies the alternative @return this when present, else the supplied optional */
    @SuppressWarnings("unchecked")
    public Optional<T> or(Supplier<? extends Optional<? extends T>> supplier) {
        return value != null ? this : Objects.requireNonNull((Optional<T>) supplier.get());
    }

    /** @param other the alternative @return the value or other */
    public T orElse(T other) {
        return value != null ? value : other;
    }

    /** @param supplier supplies the alternative @return the value or the supplied one */
    public T orElseGet(Supplier<? extends T> supplier) {
        return value != null ? value : supplier.get();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Optional && Objects.equals(value, ((Optional<?>) other).value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    /** @return "Optional[value]" or "Optional.empty", as on the JVM */
    @Override
    public String toString() {
        return value != null ? "Optional[" + value + "]" : "Optional.empty";
    }
}
