package dev.moka.assembler.x86;

/** Segment registers in hardware encoding order. */
public enum Seg {
    ES, CS, SS, DS, FS, GS;

    /** Returns the 3-bit hardware number used in the ModRM reg field. */
    public int code() {
        return ordinal();
    }
}
