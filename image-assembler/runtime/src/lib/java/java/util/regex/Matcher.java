package java.util.regex;

/**
 * Matches a {@link Pattern} against one input: whole-input matching, prefix matching, successive
 * searches, group access and replacement with {@code $n}/{@code ${name}} references.
 *
 * <p>State: {@code groups[2g], groups[2g+1]} are the bounds of group g of the last match (-1 when
 * the group took no part); {@code first}/{@code last} bound the last match, {@code first < 0}
 * meaning none.
 */
public final class Matcher {
    private final Pattern pattern;
    private CharSequence text;
    final int[] groups;
    final int[] locals;
    int from;
    int to;
    /** Whether the match must end at {@code to} (for {@link #matches}). */
    boolean requireEnd;
    int first = -1;
    int last;
    private int appendPosition;

    Matcher(Pattern pattern, CharSequence text) {
        this.pattern = pattern;
        this.groups = new int[2 * (pattern.groupCount + 1)];
        this.locals = new int[Math.max(pattern.localCount, 1)];
        reset(text);
    }

    /** @return the pattern being matched */
    public Pattern pattern() {
        return pattern;
    }

    /** @return this, set back to before the first search */
    public Matcher reset() {
        first = -1;
        last = 0;
        from = 0;
        to = text.length();
        appendPosition = 0;
        clearGroups();
        return this;
    }

    /** @param input new text @return this, over the new text */
    public Matcher reset(CharSequence input) {
        text = input;
        return reset();
    }

    private void clearGroups() {
        for (int k = 0; k < groups.length; k++) {
            groups[k] = -1;
        }
        for (int k = 0; k < locals.length; k++) {
            locals[k] = -1;
        }
    }

    private boolean matchAt(int start, boolean wholeInput) {
        clearGroups();
        requireEnd = wholeInput;
        boolean found = pattern.root.match(this, start, text);
        if (found) {
            first = start;
            groups[0] = start;
            groups[1] = last;
        } else {
            first = -1;
        }
        return found;
    }

    /** @return whether the whole input matches */
    public boolean matches() {
        boolean found = matchAt(from, true);
        if (found) {
            last = groups[1];
        }
        return found;
    }

    /** @return whether a prefix of the input matches */
    public boolean lookingAt() {
        return matchAt(from, false);
    }

    /** @return whether another match follows the previous one */
    public boolean find() {
        int next = last;
        if (next == first) {
            next++;
        }
        if (next < from) {
            next = from;
        }
        if (next > to) {
            clearGroups();
            first = -1;
            return false;
        }
        return search(next);
    }

    /** @param start where to begin searching @return whether a match was found from there */
    public boolean find(int start) {
        int limit = text.length();
        if (start < 0 || start > limit) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        reset();
        return search(start);
    }

    private boolean search(int start) {
        for (int s = start; s <= to; s++) {
            if (matchAt(s, false)) {
                return true;
            }
        }
        clearGroups();
        first = -1;
        return false;
    }

    private void checkMatch() {
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
    }

    private void checkGroup(int group) {
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
    }

    /** @return the number of capturing groups */
    public int groupCount() {
        return pattern.groupCount;
    }

    /** @return the start of the last match */
    public int start() {
        checkMatch();
        return first;
    }

    /** @param group group number @return its start in the last match, or -1 */
    public int start(int group) {
        checkMatch();
        checkGroup(group);
        return groups[2 * group];
    }

    /** @return the end of the last match */
    public int end() {
        checkMatch();
        return groups[1];
    }

    /** @param group group number @return its end in the last match, or -1 */
    public int end(int group) {
        checkMatch();
        checkGroup(group);
        return groups[2 * group + 1];
    }

    /** @return the text of the last match */
    public String group() {
        return group(0);
    }

    /** @param group group number @return its text in the last match, or null when it took no part */
    public String group(int group) {
        checkMatch();
        checkGroup(group);
        if (groups[2 * group] == -1 || groups[2 * group + 1] == -1) {
            return null;
        }
        return text.subSequence(groups[2 * group], groups[2 * group + 1]).toString();
    }

    /** @param name group name @return its text in the last match, or null */
    public String group(String name) {
        return group(namedGroup(name));
    }

    /** @param name group name @return its start in the last match, or -1 */
    public int start(String name) {
        return start(namedGroup(name));
    }

    /** @param name group name @return its end in the last match, or -1 */
    public int end(String name) {
        return end(namedGroup(name));
    }

    private int namedGroup(String name) {
        Integer group = pattern.groupNames.get(name);
        if (group == null) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return group;
    }

    /** @param replacement text with $n references @return the input with every match replaced */
    public String replaceAll(String replacement) {
        reset();
        boolean found = find();
        if (!found) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        do {
            appendReplacement(sb, replacement);
            found = find();
        } while (found);
        appendTail(sb);
        return sb.toString();
    }

    /** @param replacement text with $n references @return the input with the first match replaced */
    public String replaceFirst(String replacement) {
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        appendTail(sb);
        return sb.toString();
    }

    /**
     * @param sb receives the text since the last append and the expanded replacement
     * @param replacement text with $n references @return this
     */
    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        checkMatch();
        StringBuilder expanded = new StringBuilder();
        expand(expanded, replacement);
        sb.append(text, appendPosition, first);
        sb.append(expanded);
        appendPosition = groups[1];
        return this;
    }

    /** @param sb receives the text after the last match @return sb */
    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(text, appendPosition, text.length());
        return sb;
    }

    private void expand(StringBuilder out, String replacement) {
        int cursor = 0;
        while (cursor < replacement.length()) {
            char c = replacement.charAt(cursor);
            if (c == '\\') {
                cursor++;
                if (cursor == replacement.length()) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                out.append(replacement.charAt(cursor++));
            } else if (c == '$') {
                cursor++;
                if (cursor == replacement.length()) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                c = replacement.charAt(cursor);
                int group;
                if (c == '{') {
                    cursor++;
                    int begin = cursor;
                    while (cursor < replacement.length() && isAsciiLetterOrDigit(replacement.charAt(cursor))) {
                        cursor++;
                    }
                    if (begin == cursor) {
                        throw new IllegalArgumentException("named capturing group has 0 length name");
                    }
                    if (cursor == replacement.length() || replacement.charAt(cursor) != '}') {
                        throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    }
                    String name = replacement.substring(begin, cursor);
                    if (name.charAt(0) >= '0' && name.charAt(0) <= '9') {
                        throw new IllegalArgumentException("capturing group name {" + name
                                + "} starts with digit character");
                    }
                    Integer number = pattern.groupNames.get(name);
                    if (number == null) {
                        throw new IllegalArgumentException("No group with name {" + name + "}");
                    }
                    group = number;
                    cursor++;
                } else {
                    group = c - '0';
                    if (group < 0 || group > 9) {
                        throw new IllegalArgumentException("Illegal group reference");
                    }
                    cursor++;
                    while (cursor < replacement.length()) {
                        int digit = replacement.charAt(cursor) - '0';
                        if (digit < 0 || digit > 9) {
                            break;
                        }
                        int longer = group * 10 + digit;
                        if (groupCount() < longer) {
                            break;
                        }
                        group = longer;
                        cursor++;
                    }
                }
                if (start(group) != -1 && end(group) != -1) {
                    out.append(text, start(group), end(group));
                }
            } else {
                out.append(c);
                cursor++;
            }
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** @param s any text @return a replacement string producing exactly that text */
    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') == -1 && s.indexOf('$') == -1) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "java.util.regex.Matcher[pattern=" + pattern + " region=" + from + "," + to + " lastmatch="
                + (first >= 0 ? group() : "") + "]";
    }
}
