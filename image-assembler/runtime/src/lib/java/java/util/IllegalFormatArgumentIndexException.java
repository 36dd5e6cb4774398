package java.util;

/** An argument index below 1, or too large for an int. */
final class IllegalFormatArgumentIndexException extends IllegalFormatException {
    private final int illegalIndex;

    /** @param index the index given, Integer.MIN_VALUE when it did not fit an int */
    IllegalFormatArgumentIndexException(int index) {
        this.illegalIndex = index;
    }

    @Override
    public String getMessage() {
        if (illegalIndex == Integer.MIN_VALUE) {
            return "Format argument index: (not representable as int)";
        }
        return "Illegal format argument index = " + illegalIndex;
    }
}
