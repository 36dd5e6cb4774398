package java.util.regex;

/**
 * One step of a compiled pattern. A pattern is a chain of nodes; {@link #match} tries this step at
 * index {@code i} and, on success, the rest of the chain through {@code next}, so a {@code false}
 * from anywhere further on makes the step try its other choices (backtracking). Steps that change
 * matcher state (groups, loop counters) restore it when they fail.
 */
abstract class Node {
    Node next;

    abstract boolean match(Matcher m, int i, CharSequence s);

    /** Passes straight on: the empty pattern, and the join after alternatives. */
    static final class Empty extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            return next.match(m, i, s);
        }
    }

    /** The end of the pattern: records where the match ends. */
    static final class Accept extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            if (m.requireEnd && i != m.to) {
                return false;
            }
            m.last = i;
            return true;
        }
    }

    /** The end of a look-ahead's condition: succeeds without consuming anything. */
    static final class ConditionEnd extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            return true;
        }
    }

    /** One char from a set. */
    static final class Char extends Node {
        final CharClass set;

        Char(CharClass set) {
            this.set = set;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            return i < m.to && set.matches(s.charAt(i)) && next.match(m, i + 1, s);
        }
    }

    /** A repeated single char: counts forward without recursion, then backs off (or creeps forward when lazy). */
    static final class CharRepeat extends Node {
        static final int GREEDY = 0;
        static final int LAZY = 1;
        static final int POSSESSIVE = 2;

        final CharClass set;
        final int min;
        final int max;
        final int type;

        CharRepeat(CharClass set, int min, int max, int type) {
            this.set = set;
            this.min = min;
            this.max = max;
            this.type = type;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int j = i;
            int end = m.to;
            while (j - i < min) {
                if (j >= end || !set.matches(s.charAt(j))) {
                    return false;
                }
                j++;
            }
            if (type == LAZY) {
                while (true) {
                    if (next.match(m, j, s)) {
                        return true;
                    }
                    if (j - i >= max || j >= end || !set.matches(s.charAt(j))) {
                        return false;
                    }
                    j++;
                }
            }
            int floor = j;
            while (j - i < max && j < end && set.matches(s.charAt(j))) {
                j++;
            }
            if (type == POSSESSIVE) {
                return next.match(m, j, s);
            }
            while (j >= floor) {
                if (next.match(m, j, s)) {
                    return true;
                }
                j--;
            }
            return false;
        }
    }

    /** {@code \R}: a line break; CR LF is taken whole, without backing off to CR alone (atomic, as in the JDK). */
    static final class LineBreak extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            if (i >= m.to) {
                return false;
            }
            char c = s.charAt(i);
            if (c == '\r' && i + 1 < m.to && s.charAt(i + 1) == '\n') {
                return next.match(m, i + 2, s);
            }
            boolean lineBreak = (c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029';
            return lineBreak && next.match(m, i + 1, s);
        }
    }

    /** {@code ^} and {@code \A}: the start of the input. */
    static final class Begin extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            return i == m.from && next.match(m, i, s);
        }
    }

    /** {@code \z}: the very end of the input. */
    static final class End extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            return i == m.to && next.match(m, i, s);
        }
    }

    /** {@code ^} in multi-line mode: the start of the input or of a line, but never the very end. */
    static final class LineStart extends Node {
        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            if (i == m.to) {
                return false;
            }
            if (i > m.from) {
                char c = s.charAt(i - 1);
                if (c != '\n' && c != '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029') {
                    return false;
                }
                if (c == '\r' && s.charAt(i) == '\n') {
                    return false;
                }
            }
            return next.match(m, i, s);
        }
    }

    /**
     * {@code $} and {@code \Z}: the end of the input, or just before a final line terminator; in
     * multi-line mode also before any line terminator (never between CR and LF).
     */
    static final class Dollar extends Node {
        final boolean multiline;

        Dollar(boolean multiline) {
            this.multiline = multiline;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int end = m.to;
            if (!multiline) {
                if (i < end - 2) {
                    return false;
                }
                if (i == end - 2 && (s.charAt(i) != '\r' || s.charAt(i + 1) != '\n')) {
                    return false;
                }
            }
            if (i < end) {
                char c = s.charAt(i);
                if (c == '\n') {
                    if (i > 0 && s.charAt(i - 1) == '\r') {
                        return false;
                    }
                } else if (c != '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029') {
                    return false;
                }
            }
            return next.match(m, i, s);
        }
    }

    /** Word boundary (or, negated, its absence): a change between word and non-word chars. */
    static final class Boundary extends Node {
        final boolean negated;

        Boundary(boolean negated) {
            this.negated = negated;
        }

        /** Since JDK 19, {@code \\b} agrees with {@code \\w}: ASCII letters, digits and underscore. */
        private static boolean isWord(char c) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            boolean before = i > m.from && isWord(s.charAt(i - 1));
            boolean after = i < m.to && isWord(s.charAt(i));
            return ((before != after) != negated) && next.match(m, i, s);
        }
    }

    /** Opens a capturing group: remembers where it started. */
    static final class GroupHead extends Node {
        final int slot;

        GroupHead(int slot) {
            this.slot = slot;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int saved = m.locals[slot];
            m.locals[slot] = i;
            boolean result = next.match(m, i, s);
            m.locals[slot] = saved;
            return result;
        }
    }

    /** Closes a capturing group: publishes its bounds, taking them back if the rest fails. */
    static final class GroupTail extends Node {
        final int slot;
        final int group;

        GroupTail(int slot, int group) {
            this.slot = slot;
            this.group = group;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int start = m.locals[slot];
            if (start < 0) {
                return next.match(m, i, s);
            }
            int oldStart = m.groups[2 * group];
            int oldEnd = m.groups[2 * group + 1];
            m.groups[2 * group] = start;
            m.groups[2 * group + 1] = i;
            if (next.match(m, i, s)) {
                return true;
            }
            m.groups[2 * group] = oldStart;
            m.groups[2 * group + 1] = oldEnd;
            return false;
        }
    }

    /** {@code \n}: the text a group matched, again. */
    static final class BackReference extends Node {
        final int group;
        final boolean foldCase;

        BackReference(int group, boolean foldCase) {
            this.group = group;
            this.foldCase = foldCase;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int start = m.groups[2 * group];
            int end = m.groups[2 * group + 1];
            if (start < 0) {
                return false;
            }
            int length = end - start;
            if (i + length > m.to) {
                return false;
            }
            for (int k = 0; k < length; k++) {
                char a = s.charAt(start + k);
                char b = s.charAt(i + k);
                if (a != b && !(foldCase && a < 128 && b < 128 && Character.toLowerCase(a) == Character.toLowerCase(b))) {
                    return false;
                }
            }
            return next.match(m, i + length, s);
        }
    }

    /** Alternatives, tried in order; each ends at a shared {@link Empty} whose next is the rest. */
    static final class Branch extends Node {
        final Node[] alternatives;

        Branch(Node[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            for (Node alternative : alternatives) {
                if (alternative.match(m, i, s)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code (?=X)} and {@code (?!X)}: X must (or must not) match here; nothing is consumed. */
    static final class LookAhead extends Node {
        final Node condition;
        final boolean negated;

        LookAhead(Node condition, boolean negated) {
            this.condition = condition;
            this.negated = negated;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            boolean saved = m.requireEnd;
            m.requireEnd = false;
            boolean found = condition.match(m, i, s);
            m.requireEnd = saved;
            return found != negated && next.match(m, i, s);
        }
    }

    /**
     * {@code (?<=X)} and {@code (?<!X)}: X must (or must not) match some text that ends here. The
     * condition ends in a {@link BehindEnd} checking that it stopped exactly at this index, which is
     * kept in a local slot; start points are tried from the nearest one backwards, as the JDK does.
     */
    static final class LookBehind extends Node {
        final Node condition;
        final boolean negated;
        final int slot;

        LookBehind(Node condition, boolean negated, int slot) {
            this.condition = condition;
            this.negated = negated;
            this.slot = slot;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int saved = m.locals[slot];
            boolean savedEnd = m.requireEnd;
            m.locals[slot] = i;
            m.requireEnd = false;
            boolean found = false;
            for (int j = i; !found && j >= m.from; j--) {
                found = condition.match(m, j, s);
            }
            m.locals[slot] = saved;
            m.requireEnd = savedEnd;
            return found != negated && next.match(m, i, s);
        }
    }

    /** The end of a look-behind's condition: it must stop where the look-behind stands. */
    static final class BehindEnd extends Node {
        final int slot;

        BehindEnd(int slot) {
            this.slot = slot;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            return i == m.locals[slot];
        }
    }

    /**
     * A repeated sub-pattern. The body starts with an {@link IterationStart} and ends with a
     * {@link RepeatTail} that comes back here; an iteration that consumed nothing ends the loop, so
     * patterns like {@code (a?)*} terminate.
     */
    static final class Repeat extends Node {
        Node body;
        final int min;
        final int max;
        final boolean lazy;
        final int countSlot;
        final int beginSlot;

        Repeat(int min, int max, boolean lazy, int countSlot, int beginSlot) {
            this.min = min;
            this.max = max;
            this.lazy = lazy;
            this.countSlot = countSlot;
            this.beginSlot = beginSlot;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int saved = m.locals[countSlot];
            boolean result;
            if (min > 0) {
                m.locals[countSlot] = 1;
                result = body.match(m, i, s);
            } else if (lazy) {
                result = next.match(m, i, s);
                if (!result && max > 0) {
                    m.locals[countSlot] = 1;
                    result = body.match(m, i, s);
                }
            } else if (max > 0) {
                m.locals[countSlot] = 1;
                result = body.match(m, i, s) || next.match(m, i, s);
            } else {
                result = next.match(m, i, s);
            }
            m.locals[countSlot] = saved;
            return result;
        }

        /** After one iteration of the body, ending at {@code i}. */
        boolean iterate(Matcher m, int i, CharSequence s) {
            if (i > m.locals[beginSlot]) {
                int count = m.locals[countSlot];
                if (count < min) {
                    m.locals[countSlot] = count + 1;
                    boolean result = body.match(m, i, s);
                    if (!result) {
                        m.locals[countSlot] = count;
                    }
                    return result;
                }
                if (lazy) {
                    if (next.match(m, i, s)) {
                        return true;
                    }
                    if (count < max) {
                        m.locals[countSlot] = count + 1;
                        if (body.match(m, i, s)) {
                            return true;
                        }
                        m.locals[countSlot] = count;
                    }
                    return false;
                }
                if (count < max) {
                    m.locals[countSlot] = count + 1;
                    if (body.match(m, i, s)) {
                        return true;
                    }
                    m.locals[countSlot] = count;
                }
            }
            return next.match(m, i, s);
        }
    }

    /** The first step of each iteration of a {@link Repeat}: remembers where the iteration began. */
    static final class IterationStart extends Node {
        final int slot;

        IterationStart(int slot) {
            this.slot = slot;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            int saved = m.locals[slot];
            m.locals[slot] = i;
            boolean result = next.match(m, i, s);
            m.locals[slot] = saved;
            return result;
        }
    }

    /** The last step of each iteration of a {@link Repeat}. */
    static final class RepeatTail extends Node {
        final Repeat repeat;

        RepeatTail(Repeat repeat) {
            this.repeat = repeat;
        }

        @Override
        boolean match(Matcher m, int i, CharSequence s) {
            return repeat.iterate(m, i, s);
        }
    }
}
