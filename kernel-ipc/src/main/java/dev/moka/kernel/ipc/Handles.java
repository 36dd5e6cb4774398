package dev.moka.kernel.ipc;

/**
 * The handles a scheme has handed out: small numbers for its per-open state. A closed handle's
 * number is given out again by a later {@link #add}, lowest first, so the table stays as small as
 * the most handles ever open at once. Lookups neither allocate nor box.
 *
 * @param <T> the per-handle state
 */
public final class Handles<T> {
    private Object[] slots = new Object[8];
    private int count;

    /**
     * @param state the new handle's state, not null
     * @return the new handle
     */
    public long add(T state) {
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == null) {
                slots[i] = state;
                count++;
                return i;
            }
        }
        Object[] grown = new Object[slots.length * 2];
        System.arraycopy(slots, 0, grown, 0, slots.length);
        int handle = slots.length;
        slots = grown;
        slots[handle] = state;
        count++;
        return handle;
    }

    /**
     * @param handle any number
     * @return the handle's state, or null when the number is no open handle
     */
    @SuppressWarnings("unchecked")
    public T get(long handle) {
        if (handle < 0 || handle >= slots.length) {
            return null;
        }
        return (T) slots[(int) handle];
    }

    /**
     * @param handle any number
     * @return the state of the handle now closed, or null when the number was no open handle
     */
    public T remove(long handle) {
        T state = get(handle);
        if (state != null) {
            slots[(int) handle] = null;
            count--;
        }
        return state;
    }

    /** @return how many handles are open */
    public int count() {
        return count;
    }
}
