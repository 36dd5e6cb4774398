package java.util.regex;

import java.util.ArrayList;
import java.util.HashMap;

/**
 * Turns a pattern into a chain of {@link Node}s by recursive descent: alternation, then sequence,
 * then atom with an optional quantifier. Constructs outside the supported subset are refused with a
 * {@link PatternSyntaxException} that names them.
 */
final class Parser {
    private final String pattern;
    private int pos;
    private boolean foldCase;
    private boolean multiline;
    private boolean dotAll;
    private int groupCount;
    private int localCount;
    private final HashMap<String, Integer> groupNames = new HashMap<String, Integer>();

    /** A piece of pattern under construction: its first node and the last one, whose next is still open. */
    private static final class Fragment {
        final Node head;
        final Node tail;

        Fragment(Node head, Node tail) {
            this.head = head;
            this.tail = tail;
        }
    }

    Parser(String pattern, int flags) {
        this.pattern = pattern;
        this.foldCase = (flags & Pattern.CASE_INSENSITIVE) != 0;
        this.multiline = (flags & Pattern.MULTILINE) != 0;
        this.dotAll = (flags & Pattern.DOTALL) != 0;
    }

    int groupCount() {
        return groupCount;
    }

    int localCount() {
        return localCount;
    }

    HashMap<String, Integer> groupNames() {
        return groupNames;
    }

    /** @return the first node of the compiled pattern, ending in an {@link Node.Accept} */
    Node parse() {
        Fragment f = alternation();
        if (pos < pattern.length()) {
            if (pattern.charAt(pos) == ')') {
                throw error("Unmatched closing ')'", pos - 1);
            }
            throw error("Unexpected internal error", pos);
        }
        f.tail.next = new Node.Accept();
        return f.head;
    }

    private PatternSyntaxException error(String desc, int index) {
        return new PatternSyntaxException(desc, pattern, index);
    }

    private boolean atEnd() {
        return pos >= pattern.length();
    }

    private char peek() {
        return pos < pattern.length() ? pattern.charAt(pos) : '\0';
    }

    private Fragment alternation() {
        ArrayList<Fragment> alternatives = new ArrayList<Fragment>();
        alternatives.add(sequence());
        while (!atEnd() && peek() == '|') {
            pos++;
            alternatives.add(sequence());
        }
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        Node join = new Node.Empty();
        Node[] heads = new Node[alternatives.size()];
        for (int k = 0; k < heads.length; k++) {
            Fragment f = alternatives.get(k);
            f.tail.next = join;
            heads[k] = f.head;
        }
        return new Fragment(new Node.Branch(heads), join);
    }

    private Fragment sequence() {
        Node head = new Node.Empty();
        Node tail = head;
        while (!atEnd()) {
            char c = peek();
            if (c == '|' || c == ')') {
                break;
            }
            Fragment atom = atom();
            if (atom == null) {
                continue;
            }
            atom = quantified(atom);
            tail.next = atom.head;
            tail = atom.tail;
        }
        return new Fragment(head, tail);
    }

    private static Fragment single(Node n) {
        return new Fragment(n, n);
    }

    private Fragment charFragment(CharClass set) {
        return single(new Node.Char(set));
    }

    /** @return the next atom, or null for a construct that only changed parser state, like (?i) */
    private Fragment atom() {
        int start = pos;
        char c = pattern.charAt(pos++);
        switch (c) {
            case '(':
                return group(start);
            case '[':
                return charFragment(charClass());
            case '.':
                return charFragment(dotAll ? CharClass.range('\0', '\uffff', false) : CharClass.dot());
            case '^':
                return single(multiline ? new Node.LineStart() : new Node.Begin());
            case '$':
                return single(new Node.Dollar(multiline));
            case '\\':
                return escape(start);
            case '*':
            case '+':
            case '?':
                throw error("Dangling meta character '" + c + "'", start);
            case '{':
                pos--; // a leading count repeats the empty pattern, as in the JDK
                return single(new Node.Empty());
            default:
                return charFragment(CharClass.single(c, foldCase));
        }
    }

    private Fragment group(int start) {
        boolean savedFold = foldCase;
        boolean savedMultiline = multiline;
        boolean savedDotAll = dotAll;
        Fragment result;
        if (peek() == '?') {
            pos++;
            char kind = peek();
            if (kind == ':') {
                pos++;
                result = alternation();
            } else if (kind == '=' || kind == '!') {
                pos++;
                Fragment inner = alternation();
                inner.tail.next = new Node.ConditionEnd();
                result = single(new Node.LookAhead(inner.head, kind == '!'));
            } else if (kind == '<' && pos + 1 < pattern.length()
                    && (pattern.charAt(pos + 1) == '=' || pattern.charAt(pos + 1) == '!')) {
                boolean negated = pattern.charAt(pos + 1) == '!';
                pos += 2;
                int slot = localCount++;
                Fragment inner = alternation();
                inner.tail.next = new Node.BehindEnd(slot);
                result = single(new Node.LookBehind(inner.head, negated, slot));
            } else if (kind == '<' && pos + 1 < pattern.length() && isAsciiLetter(pattern.charAt(pos + 1))) {
                pos++;
                int nameStart = pos;
                while (!atEnd() && (isAsciiLetter(peek()) || (peek() >= '0' && peek() <= '9'))) {
                    pos++;
                }
                if (peek() != '>') {
                    throw error("named capturing group is missing trailing '>'", pos);
                }
                String name = pattern.substring(nameStart, pos);
                pos++;
                if (groupNames.containsKey(name)) {
                    throw error("Named capturing group <" + name + "> is already defined", pos - 1);
                }
                int group = ++groupCount;
                groupNames.put(name, group);
                result = capture(group);
            } else if (kind == '<') {
                throw error("capturing group name does not start with a Latin letter", pos + 1);
            } else if (kind == 'i' || kind == 'm' || kind == 's' || kind == '-') {
                return inlineFlags(start);
            } else if ("duxcU>".indexOf(kind) >= 0 && !atEnd()) {
                throw error("Unsupported construct '(?" + kind + "'", start);
            } else {
                throw error("Unknown inline modifier", pos);
            }
        } else {
            result = capture(++groupCount);
        }
        if (peek() != ')') {
            throw error("Unclosed group", pattern.length());
        }
        pos++;
        // Flags set inside a group, by (?i) and the like, end with it.
        foldCase = savedFold;
        multiline = savedMultiline;
        dotAll = savedDotAll;
        return result;
    }

    private Fragment capture(int group) {
        int slot = localCount++;
        Node head = new Node.GroupHead(slot);
        Fragment inner = alternation();
        Node tail = new Node.GroupTail(slot, group);
        head.next = inner.head;
        inner.tail.next = tail;
        return new Fragment(head, tail);
    }

    /** {@code (?ims-ims)} and {@code (?ims-ims:X)}: case-insensitive, multi-line and dot-all. */
    private Fragment inlineFlags(int start) {
        boolean on = true;
        boolean savedFold = foldCase;
        boolean savedMultiline = multiline;
        boolean savedDotAll = dotAll;
        while (!atEnd()) {
            char c = peek();
            if (c == 'i') {
                foldCase = on;
            } else if (c == 'm') {
                multiline = on;
            } else if (c == 's') {
                dotAll = on;
            } else if (c == '-') {
                on = false;
            } else if (c == ')') {
                pos++;
                return null;
            } else if (c == ':') {
                pos++;
                Fragment inner = alternation();
                if (peek() != ')') {
                    throw error("Unclosed group", pattern.length());
                }
                pos++;
                foldCase = savedFold;
                multiline = savedMultiline;
                dotAll = savedDotAll;
                return inner;
            } else {
                throw error("Unsupported inline flag '" + c + "'", pos);
            }
            pos++;
        }
        throw error("Unclosed group", pattern.length());
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private Fragment escape(int start) {
        if (atEnd()) {
            throw error("Unescaped trailing backslash", pos);
        }
        char c = pattern.charAt(pos++);
        switch (c) {
            case 'b':
                return single(new Node.Boundary(false));
            case 'B':
                return single(new Node.Boundary(true));
            case 'A':
                return single(new Node.Begin());
            case 'z':
                return single(new Node.End());
            case 'Z':
                return single(new Node.Dollar(false));
            case 'Q':
                return quoted();
            case 'k':
                return namedReference();
            case 'R':
                return single(new Node.LineBreak());
            default:
                break;
        }
        if (c >= '1' && c <= '9') {
            int group = c - '0';
            while (!atEnd() && peek() >= '0' && peek() <= '9' && group * 10 + (peek() - '0') <= groupCount) {
                group = group * 10 + (pattern.charAt(pos++) - '0');
            }
            return single(new Node.BackReference(group, foldCase));
        }
        pos--;
        return charFragment(classEscape());
    }

    private Fragment namedReference() {
        if (peek() != '<') {
            throw error("\\k is not followed by '<' for named capturing group", pos);
        }
        pos++;
        int nameStart = pos;
        while (!atEnd() && peek() != '>') {
            pos++;
        }
        String name = pattern.substring(nameStart, pos);
        pos++;
        Integer group = groupNames.get(name);
        if (group == null) {
            throw error("named capturing group <" + name + "> does not exist", pos - 1);
        }
        return single(new Node.BackReference(group, foldCase));
    }

    /** {@code \Q...\E}: everything in between is literal. */
    private Fragment quoted() {
        int end = pattern.indexOf("\\E", pos);
        if (end < 0) {
            end = pattern.length();
        }
        Node head = new Node.Empty();
        Node tail = head;
        for (int k = pos; k < end; k++) {
            Node n = new Node.Char(CharClass.single(pattern.charAt(k), foldCase));
            tail.next = n;
            tail = n;
        }
        pos = Math.min(end + 2, pattern.length());
        return new Fragment(head, tail);
    }

    /** An escape that stands for a set of chars: {@code \d}, {@code \t}, {@code \.}... ({@code pos} is at the letter). */
    private CharClass classEscape() {
        int start = pos - 1;
        char c = pattern.charAt(pos++);
        switch (c) {
            case 'd':
                return CharClass.digit();
            case 'D':
                return CharClass.complement(CharClass.digit());
            case 's':
                return CharClass.space();
            case 'S':
                return CharClass.complement(CharClass.space());
            case 'w':
                return CharClass.word();
            case 'W':
                return CharClass.complement(CharClass.word());
            case 't':
                return CharClass.single('\t', false);
            case 'n':
                return CharClass.single('\n', false);
            case 'r':
                return CharClass.single('\r', false);
            case 'f':
                return CharClass.single('\f', false);
            case 'a':
                return CharClass.single('\u0007', false);
            case 'e':
                return CharClass.single('\u001b', false);
            case '0':
                return CharClass.single(octal(), foldCase);
            case 'x':
                return CharClass.single((char) hex(2), foldCase);
            case 'u':
                return CharClass.single((char) hex(4), foldCase);
            case 'c':
                if (atEnd()) {
                    throw error("Illegal control escape sequence", pos);
                }
                return CharClass.single((char) (pattern.charAt(pos++) ^ 64), foldCase);
            case 'p':
            case 'P':
                CharClass property = posixProperty(start, c);
                return c == 'P' ? CharClass.complement(property) : property;
            default:
                if (isAsciiLetter(c) || (c >= '0' && c <= '9')) {
                    throw error("Illegal/unsupported escape sequence", pos - 1);
                }
                return CharClass.single(c, foldCase);
        }
    }

    /** {@code \\p{Name}} for the POSIX (US-ASCII) classes; Unicode properties are not supported. */
    private CharClass posixProperty(int start, char p) {
        if (peek() != '{') {
            throw error("Unsupported construct '\\" + p + "' (Unicode properties)", start);
        }
        int close = pattern.indexOf('}', pos);
        if (close < 0) {
            throw error("Unclosed character family", pattern.length());
        }
        String name = pattern.substring(pos + 1, close);
        pos = close + 1;
        CharClass lower = CharClass.range('a', 'z', false);
        CharClass upper = CharClass.range('A', 'Z', false);
        CharClass digit = CharClass.digit();
        CharClass punct = CharClass.union(CharClass.union(CharClass.range('!', '/', false), CharClass.range(':', '@', false)),
                CharClass.union(CharClass.range('[', '`', false), CharClass.range('{', '~', false)));
        CharClass alnum = CharClass.union(CharClass.union(lower, upper), digit);
        if (name.equals("Lower")) {
            return lower;
        }
        if (name.equals("Upper")) {
            return upper;
        }
        if (name.equals("ASCII")) {
            return CharClass.range('\0', '\u007f', false);
        }
        if (name.equals("Alpha")) {
            return CharClass.union(lower, upper);
        }
        if (name.equals("Digit")) {
            return digit;
        }
        if (name.equals("Alnum")) {
            return alnum;
        }
        if (name.equals("Punct")) {
            return punct;
        }
        if (name.equals("Graph")) {
            return CharClass.union(alnum, punct);
        }
        if (name.equals("Print")) {
            return CharClass.union(CharClass.union(alnum, punct), CharClass.single(' ', false));
        }
        if (name.equals("Blank")) {
            return CharClass.union(CharClass.single(' ', false), CharClass.single('\t', false));
        }
        if (name.equals("Cntrl")) {
            return CharClass.union(CharClass.range('\0', '\u001f', false), CharClass.single('\u007f', false));
        }
        if (name.equals("XDigit")) {
            return CharClass.union(digit, CharClass.union(CharClass.range('a', 'f', false), CharClass.range('A', 'F', false)));
        }
        if (name.equals("Space")) {
            return CharClass.space();
        }
        throw error("Unsupported construct '\\" + p + "{" + name + "}' (Unicode properties)", start);
    }

    private char octal() {
        int value = 0;
        int digits = 0;
        while (digits < 3 && !atEnd() && peek() >= '0' && peek() <= '7' && value * 8 + (peek() - '0') <= 0377) {
            value = value * 8 + (pattern.charAt(pos++) - '0');
            digits++;
        }
        if (digits == 0) {
            throw error("Illegal octal escape sequence", pos);
        }
        return (char) value;
    }

    private int hex(int digits) {
        int value = 0;
        for (int k = 0; k < digits; k++) {
            int d = atEnd() ? -1 : Character.digit(peek(), 16);
            if (d < 0) {
                throw error(digits == 2 ? "Illegal hexadecimal escape sequence" : "Illegal Unicode escape sequence", pos);
            }
            value = value * 16 + d;
            pos++;
        }
        return value;
    }

    /** Parses a class after its '['; {@code pos} ends after the closing ']'. */
    private CharClass charClass() {
        int open = pos - 1;
        boolean negated = false;
        if (peek() == '^') {
            negated = true;
            pos++;
        }
        CharClass result = null;
        CharClass intersected = null;
        boolean first = true;
        while (true) {
            if (atEnd()) {
                throw error("Unclosed character class", pattern.length() - 1);
            }
            char c = peek();
            if (c == ']' && !first) {
                pos++;
                break;
            }
            first = false;
            if (c == '[') {
                pos++;
                result = CharClass.union(result, charClass());
                continue;
            }
            if (c == '&' && pos + 1 < pattern.length() && pattern.charAt(pos + 1) == '&') {
                pos += 2;
                if (result != null) {
                    intersected = intersected == null ? result : CharClass.intersection(intersected, result);
                }
                result = null;
                first = peek() != ']';
                continue;
            }
            int atomStart = pos;
            CharClass single = null;
            char lo;
            if (c == '\\') {
                pos++;
                if (atEnd()) {
                    throw error("Unclosed character class", pattern.length() - 1);
                }
                char e = peek();
                if ("dDsSwW".indexOf(e) >= 0) {
                    result = CharClass.union(result, classEscape());
                    continue;
                }
                if (e == 'Q') {
                    pos++;
                    int end = pattern.indexOf("\\E", pos);
                    if (end < 0) {
                        end = pattern.length();
                    }
                    for (int k = pos; k < end; k++) {
                        result = CharClass.union(result, CharClass.single(pattern.charAt(k), foldCase));
                    }
                    pos = Math.min(end + 2, pattern.length());
                    continue;
                }
                int before = pos;
                single = classEscape();
                lo = literalOf(before);
            } else {
                pos++;
                lo = c;
            }
            if (peek() == '-' && pos + 1 < pattern.length() && pattern.charAt(pos + 1) != ']'
                    && pattern.charAt(pos + 1) != '[') {
                pos++;
                char hi;
                if (peek() == '\\') {
                    pos++;
                    int before = pos;
                    classEscape();
                    hi = literalOf(before);
                } else {
                    hi = pattern.charAt(pos++);
                }
                if (hi < lo) {
                    throw error("Illegal character range", pos - 1);
                }
                result = CharClass.union(result, CharClass.range(lo, hi, foldCase));
            } else {
                result = CharClass.union(result, single != null ? single : CharClass.single(lo, foldCase));
            }
            if (atomStart == pos) {
                throw error("Unexpected internal error", pos);
            }
        }
        if (intersected != null) {
            result = result == null ? intersected : CharClass.intersection(intersected, result);
        }
        if (result == null) {
            throw error("Unclosed character class", open);
        }
        return negated ? CharClass.complement(result) : result;
    }

    /** @return the single char an escape starting at {@code from} (after the backslash) denotes */
    private char literalOf(int from) {
        char e = pattern.charAt(from);
        switch (e) {
            case 't':
                return '\t';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 'f':
                return '\f';
            case 'a':
                return '\u0007';
            case 'e':
                return '\u001b';
            case '0':
                return (char) Integer.parseInt(pattern.substring(from + 1, pos), 8);
            case 'x':
            case 'u':
                return (char) Integer.parseInt(pattern.substring(from + 1, pos), 16);
            case 'c':
                return (char) (pattern.charAt(pos - 1) ^ 64);
            default:
                return e;
        }
    }

    private Fragment quantified(Fragment atom) {
        if (atEnd()) {
            return atom;
        }
        int start = pos;
        char c = peek();
        int min;
        int max;
        if (c == '*') {
            min = 0;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '+') {
            min = 1;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (c == '?') {
            min = 0;
            max = 1;
            pos++;
        } else if (c == '{') {
            pos++;
            if (atEnd() || peek() < '0' || peek() > '9') {
                throw error("Illegal repetition", start + 1);
            }
            min = number();
            max = min;
            if (peek() == ',') {
                pos++;
                max = peek() == '}' ? Integer.MAX_VALUE : number();
            }
            if (peek() != '}') {
                throw error("Unclosed counted closure", pos);
            }
            pos++;
            if (max < min) {
                throw error("Illegal repetition range", pos - 1);
            }
        } else {
            return atom;
        }
        int type = Node.CharRepeat.GREEDY;
        if (peek() == '?') {
            pos++;
            type = Node.CharRepeat.LAZY;
        } else if (peek() == '+') {
            pos++;
            type = Node.CharRepeat.POSSESSIVE;
        }
        if (atom.head == atom.tail && atom.head instanceof Node.Char ch) {
            Node n = new Node.CharRepeat(ch.set, min, max, type);
            return single(n);
        }
        if (min == 0 && max > 1 && atom.head instanceof Node.GroupHead && onlyZeroWidth(atom.head.next, atom.tail)) {
            return single(new Node.Empty()); // the JDK never records a repeated group that cannot consume, like (\\b)*
        }
        if (type == Node.CharRepeat.POSSESSIVE) {
            throw error("Unsupported construct: possessive quantifier on a group", pos - 1);
        }
        Node.Repeat repeat = new Node.Repeat(min, max, type == Node.CharRepeat.LAZY, localCount++, localCount++);
        Node begin = new Node.IterationStart(repeat.beginSlot);
        Node.RepeatTail tail = new Node.RepeatTail(repeat);
        begin.next = atom.head;
        atom.tail.next = tail;
        repeat.body = begin;
        return single(repeat);
    }

    /** @return whether every node from n up to (not including) end consumes nothing, whatever the input */
    private static boolean onlyZeroWidth(Node n, Node end) {
        for (; n != end; n = n.next) {
            if (!(n instanceof Node.Empty || n instanceof Node.Begin || n instanceof Node.End || n instanceof Node.Dollar
                    || n instanceof Node.LineStart || n instanceof Node.Boundary || n instanceof Node.LookAhead
                    || n instanceof Node.LookBehind)) {
                return false;
            }
        }
        return true;
    }

    private int number() {
        long value = 0;
        while (!atEnd() && peek() >= '0' && peek() <= '9') {
            value = value * 10 + (pattern.charAt(pos++) - '0');
            if (value > Integer.MAX_VALUE) {
                throw error("Illegal repetition range", pos - 1);
            }
        }
        return (int) value;
    }
}
