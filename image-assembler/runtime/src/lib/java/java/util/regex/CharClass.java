package java.util.regex;

/**
 * A set of chars, as a small expression tree: ranges at the leaves, combined by union,
 * intersection and complement. Case-insensitive leaves also accept the other case of an ASCII
 * letter, which is how the JDK folds case without {@code UNICODE_CASE}.
 */
final class CharClass {
    private static final int RANGE = 0;
    private static final int UNION = 1;
    private static final int INTERSECTION = 2;
    private static final int COMPLEMENT = 3;

    private final int kind;
    private final char lo;
    private final char hi;
    private final boolean foldCase;
    private final CharClass left;
    private final CharClass right;

    private CharClass(int kind, char lo, char hi, boolean foldCase, CharClass left, CharClass right) {
        this.kind = kind;
        this.lo = lo;
        this.hi = hi;
        this.foldCase = foldCase;
        this.left = left;
        this.right = right;
    }

    static CharClass range(char lo, char hi, boolean foldCase) {
        return new CharClass(RANGE, lo, hi, foldCase, null, null);
    }

    static CharClass single(char c, boolean foldCase) {
        return range(c, c, foldCase);
    }

    static CharClass union(CharClass a, CharClass b) {
        return a == null ? b : new CharClass(UNION, '\0', '\0', false, a, b);
    }

    static CharClass intersection(CharClass a, CharClass b) {
        return new CharClass(INTERSECTION, '\0', '\0', false, a, b);
    }

    static CharClass complement(CharClass a) {
        return new CharClass(COMPLEMENT, '\0', '\0', false, a, null);
    }

    /** @return {@code \d}: ASCII digits */
    static CharClass digit() {
        return range('0', '9', false);
    }

    /** @return {@code \s}: space, tab, newline, vertical tab, form feed, carriage return */
    static CharClass space() {
        return union(single(' ', false), range('\t', '\r', false));
    }

    /** @return {@code \w}: ASCII letters, digits and underscore */
    static CharClass word() {
        return union(union(range('a', 'z', false), range('A', 'Z', false)), union(digit(), single('_', false)));
    }

    /** @return {@code .}: everything but the line terminators */
    static CharClass dot() {
        CharClass terminators = union(union(single('\n', false), single('\r', false)),
                union(single('\u0085', false), range('\u2028', '\u2029', false)));
        return complement(terminators);
    }

    boolean matches(char c) {
        switch (kind) {
            case RANGE:
                if (c >= lo && c <= hi) {
                    return true;
                }
                if (foldCase && c < 128) {
                    char other = otherCase(c);
                    return other != c && other >= lo && other <= hi;
                }
                return false;
            case UNION:
                return left.matches(c) || right.matches(c);
            case INTERSECTION:
                return left.matches(c) && right.matches(c);
            default:
                return !left.matches(c);
        }
    }

    private static char otherCase(char c) {
        if (c >= 'a' && c <= 'z') {
            return (char) (c - 32);
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        return c;
    }
}
