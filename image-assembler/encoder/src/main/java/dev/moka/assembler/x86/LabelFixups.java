package dev.moka.assembler.x86;

import java.util.ArrayList;
import java.util.List;

/**
 * Label bookkeeping: creation, binding and the PC-relative fields that wait for a label's position.
 * Fields are patched in a copy of the code when the final bytes are requested, so references may be
 * made before or after binding in any order.
 */
final class LabelFixups {
    /** A field of {@code width} bytes at {@code field}; the CPU adds it to {@code end}. */
    private record Fixup(Label target, int field, int width, int end) {
    }

    private final Object owner;
    private final List<Fixup> fixups = new ArrayList<>();
    private int nextId;

    LabelFixups(Object owner) {
        this.owner = owner;
    }

    Label newLabel() {
        return new Label(owner, nextId++);
    }

    void check(Label label) {
        if (label == null || label.owner != owner) {
            throw new IllegalArgumentException("label " + label + " does not belong to this assembler");
        }
    }

    void bind(Label label, int position) {
        check(label);
        if (label.position != Label.UNBOUND) {
            throw new IllegalStateException("label " + label + " is already bound");
        }
        label.position = position;
    }

    void addRel32(Label target, int field, int end) {
        fixups.add(new Fixup(target, field, 4, end));
    }

    void addRel16(Label target, int field, int end) {
        fixups.add(new Fixup(target, field, 2, end));
    }

    void addRel8(Label target, int field, int end) {
        fixups.add(new Fixup(target, field, 1, end));
    }

    /** Writes every fixup into {@code code}; fails if a referenced label is still unbound. */
    void resolve(byte[] code) {
        for (Fixup fixup : fixups) {
            if (fixup.target.position == Label.UNBOUND) {
                throw new IllegalStateException("label " + fixup.target + " is referenced at offset "
                        + fixup.field + " but never bound");
            }
            int distance = fixup.target.position - fixup.end;
            if (fixup.width == 1) {
                CodeBuffer.patch8(code, fixup.field, distance);
            } else if (fixup.width == 2) {
                // 16-bit code wraps within its 64 KiB segment, so any distance inside one is reachable.
                if (distance < -0xFFFF || distance > 0xFFFF) {
                    throw new IllegalStateException("label " + fixup.target + " is " + distance
                            + " bytes from the rel16 field at offset " + fixup.field + ", beyond a 64 KiB segment");
                }
                CodeBuffer.patch16(code, fixup.field, distance);
            } else {
                CodeBuffer.patch32(code, fixup.field, distance);
            }
        }
    }
}
