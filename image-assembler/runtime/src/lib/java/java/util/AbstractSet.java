package java.util;

/** @param <E> element type; equality and hash code by the Set contract */
public abstract class AbstractSet<E> extends AbstractCollection<E> implements Set<E> {
    /** Creates the set. */
    protected AbstractSet() {
    }

    /** @return whether o is a set of the same size containing every element of this one */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Set)) {
            return false;
        }
        Collection<?> c = (Collection<?>) o;
        return c.size() == size() && containsAll(c);
    }

    /** @return the sum of the elements' hash codes */
    @Override
    public int hashCode() {
        int h = 0;
        for (E e : this) {
            h += Objects.hashCode(e);
        }
        return h;
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        boolean changed = false;
        if (size() > c.size()) {
            for (Object e : c) {
                changed |= remove(e);
            }
        } else {
            Iterator<E> it = iterator();
            while (it.hasNext()) {
                if (c.contains(it.next())) {
                    it.remove();
                    changed = true;
                }
            }
        }
        return changed;
    }
}
