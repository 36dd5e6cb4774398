package java.util.regex;

import java.util.ArrayList;
import java.util.HashMap;

/**
 * A compiled regular expression, matched by a backtracking engine. The supported subset: literals
 * and escapes (tab, newline and the other control escapes, octal, hexadecimal and Unicode escapes,
 * escaped punctuation, quoting with Q and E),
 * {@code .}, classes with ranges, negation, nesting and {@code &&}, {@code \d \D \s \S \w \W} (also
 * inside classes), greedy, lazy and (on single chars) possessive quantifiers {@code * + ? {n} {n,}
 * {n,m}}, alternation, capturing, named and non-capturing groups, back references, look-ahead and
 * look-behind,
 * anchors {@code ^ $ \b \B \A \z \Z}, line breaks {@code \R}, the POSIX classes {@code \p{Alpha}}..., and
 * the flags {@link #CASE_INSENSITIVE} (ASCII), {@link #MULTILINE} and {@link #DOTALL}, also inline. Anything else
 * throws {@link PatternSyntaxException} naming the construct.
 */
public final class Pattern {
    /** Flag: match ASCII letters regardless of case. */
    public static final int CASE_INSENSITIVE = 0x02;
    /** Flag: {@code ^} and {@code $} also match at line terminators. */
    public static final int MULTILINE = 0x08;
    /** Flag: {@code .} also matches line terminators. */
    public static final int DOTALL = 0x20;
    private static final int SUPPORTED_FLAGS = CASE_INSENSITIVE | MULTILINE | DOTALL;

    private final String pattern;
    private final int flags;
    final Node root;
    final int groupCount;
    final int localCount;
    final HashMap<String, Integer> groupNames;

    private Pattern(String regex, int flags) {
        if ((flags & ~SUPPORTED_FLAGS) != 0) {
            throw new IllegalArgumentException("Unsupported flags: " + Integer.toHexString(flags & ~SUPPORTED_FLAGS));
        }
        this.pattern = regex;
        this.flags = flags;
        Parser parser = new Parser(regex, flags);
        this.root = parser.parse();
        this.groupCount = parser.groupCount();
        this.localCount = parser.localCount();
        this.groupNames = parser.groupNames();
    }

    /** @param regex the expression @return it compiled @throws PatternSyntaxException when malformed */
    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    /** @param regex the expression @param flags a combination of CASE_INSENSITIVE, MULTILINE and DOTALL @return it compiled */
    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    /** @param regex the expression @param input text @return whether the whole text matches */
    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    /** @param s any text @return a pattern matching exactly that text */
    public static String quote(String s) {
        if (s.indexOf("\\E") < 0) {
            return "\\Q" + s + "\\E";
        }
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int current = 0;
        int index;
        while ((index = s.indexOf("\\E", current)) != -1) {
            sb.append(s, current, index);
            current = index + 2;
            sb.append("\\E\\\\E\\Q");
        }
        sb.append(s, current, s.length());
        sb.append("\\E");
        return sb.toString();
    }

    /** @param input text to search @return a fresh matcher over it */
    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    /** @return the source expression */
    public String pattern() {
        return pattern;
    }

    /** @return the flags given at compilation */
    public int flags() {
        return flags;
    }

    @Override
    public String toString() {
        return pattern;
    }

    /** @param input text @return the pieces between matches, trailing empty ones removed */
    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    /**
     * Splits as the JDK does: a zero-width match at the very start yields no leading empty piece; a
     * positive limit caps the number of pieces (the last takes the rest); zero drops trailing empty
     * pieces; a negative limit keeps them.
     *
     * @param input text @param limit the piece count rule @return the pieces
     */
    public String[] split(CharSequence input, int limit) {
        int index = 0;
        boolean matchLimited = limit > 0;
        ArrayList<String> pieces = new ArrayList<String>();
        Matcher m = matcher(input);
        while (m.find()) {
            if (!matchLimited || pieces.size() < limit - 1) {
                if (index == 0 && m.start() == 0 && m.start() == m.end()) {
                    continue;
                }
                pieces.add(input.subSequence(index, m.start()).toString());
                index = m.end();
            } else if (pieces.size() == limit - 1) {
                pieces.add(input.subSequence(index, input.length()).toString());
                index = m.end();
            }
        }
        if (index == 0) {
            return new String[] {input.toString()};
        }
        if (!matchLimited || pieces.size() < limit) {
            pieces.add(input.subSequence(index, input.length()).toString());
        }
        int size = pieces.size();
        if (limit == 0) {
            while (size > 0 && pieces.get(size - 1).isEmpty()) {
                size--;
            }
        }
        String[] result = new String[size];
        for (int k = 0; k < size; k++) {
            result[k] = pieces.get(k);
        }
        return result;
    }
}
