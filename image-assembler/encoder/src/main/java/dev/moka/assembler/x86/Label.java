package dev.moka.assembler.x86;

/**
 * A code position inside one {@link Assembler}, possibly not known yet. Create with
 * {@link Assembler#newLabel()}, reference from jumps, calls or RIP-relative operands, and bind
 * exactly once with {@link Assembler#bind(Label)}. A label belongs to the assembler that created it.
 */
public final class Label {
    static final int UNBOUND = -1;

    final Object owner;
    final int id;
    int position = UNBOUND;

    Label(Object owner, int id) {
        this.owner = owner;
        this.id = id;
    }

    @Override
    public String toString() {
        return "L" + id + (position == UNBOUND ? "(unbound)" : "@" + position);
    }
}
