package dev.moka.userland.sh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shell's lexer: a line becomes words and operators ({@code |}, {@code <}, {@code >},
 * {@code >>}, {@code ;}, {@code &}). Words split at blanks; single quotes keep everything, double
 * quotes keep blanks and operators but expand {@code $NAME}, {@code ${NAME}} and {@code $?}; a
 * backslash keeps the next character; {@code #} at the start of a word begins a comment.
 */
public final class Words {
    /** An operator token; words are plain strings. */
    public record Operator(String text) {
    }

    /** A part of a line that is one job: its text and whether it ended with {@code &}. */
    public record Segment(String text, boolean background) {
    }

    private Words() {
    }

    /**
     * Cuts a line at its unquoted {@code ;} and {@code &}, so that each job is expanded just before
     * it runs ({@code false; echo $?} sees the status of {@code false}).
     *
     * @param line one line of input
     * @return its jobs' texts, in order, empty ones left out unless they end with {@code &}
     * @throws IllegalArgumentException for an unterminated quote, or {@code &} with no command before it
     */
    public static List<Segment> segments(String line) {
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        int i = 0;
        boolean wordStarted = false;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += 2;
                wordStarted = true;
            } else if (c == '\'' || c == '"') {
                int end = line.indexOf(c, i + 1);
                while (c == '"' && end > 0 && line.charAt(end - 1) == '\\') {
                    end = line.indexOf(c, end + 1);
                }
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated " + c);
                }
                i = end + 1;
                wordStarted = true;
            } else if (c == '#' && !wordStarted) {
                break;
            } else if (c == ';' || c == '&') {
                String text = line.substring(start, i);
                if (c == '&' && text.isBlank()) {
                    throw new IllegalArgumentException("syntax error near &");
                }
                if (!text.isBlank()) {
                    segments.add(new Segment(text, c == '&'));
                }
                start = ++i;
                wordStarted = false;
            } else {
                wordStarted = !(c == ' ' || c == '\t' || c == '|' || c == '<' || c == '>');
                i++;
            }
        }
        String rest = line.substring(start, Math.min(i, line.length()));
        if (!rest.isBlank()) {
            segments.add(new Segment(rest, false));
        }
        return segments;
    }

    /**
     * @param line        one line of input
     * @param environment the variables {@code $NAME} reads
     * @param lastStatus  what {@code $?} reads
     * @return words (String) and operators ({@link Operator}), in order
     * @throws IllegalArgumentException for an unterminated quote
     */
    public static List<Object> tokens(String line, Map<String, String> environment, int lastStatus) {
        List<Object> tokens = new ArrayList<>();
        StringBuilder word = null;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r') {
                word = flush(tokens, word);
                i++;
            } else if (c == '#' && word == null) {
                break;
            } else if (c == '|' || c == '<' || c == ';' || c == '&') {
                word = flush(tokens, word);
                tokens.add(new Operator(String.valueOf(c)));
                i++;
            } else if (c == '>') {
                word = flush(tokens, word);
                boolean append = i + 1 < line.length() && line.charAt(i + 1) == '>';
                tokens.add(new Operator(append ? ">>" : ">"));
                i += append ? 2 : 1;
            } else {
                if (word == null) {
                    word = new StringBuilder();
                }
                if (c == '\'') {
                    int end = line.indexOf('\'', i + 1);
                    if (end < 0) {
                        throw new IllegalArgumentException("unterminated '");
                    }
                    word.append(line, i + 1, end);
                    i = end + 1;
                } else if (c == '"') {
                    i++;
                    while (i < line.length() && line.charAt(i) != '"') {
                        char d = line.charAt(i);
                        if (d == '$') {
                            i = expand(line, i, word, environment, lastStatus);
                        } else if (d == '\\' && i + 1 < line.length()
                                && "\"\\$".indexOf(line.charAt(i + 1)) >= 0) {
                            word.append(line.charAt(i + 1));
                            i += 2;
                        } else {
                            word.append(d);
                            i++;
                        }
                    }
                    if (i >= line.length()) {
                        throw new IllegalArgumentException("unterminated \"");
                    }
                    i++;
                } else if (c == '\\' && i + 1 < line.length()) {
                    word.append(line.charAt(i + 1));
                    i += 2;
                } else if (c == '$') {
                    i = expand(line, i, word, environment, lastStatus);
                } else {
                    word.append(c);
                    i++;
                }
            }
        }
        flush(tokens, word);
        return tokens;
    }

    /**
     * @param line        one line
     * @param environment the variables
     * @param lastStatus  what {@code $?} reads
     * @return the line's words; operators are taken as plain words
     */
    public static List<String> split(String line, Map<String, String> environment, int lastStatus) {
        List<String> words = new ArrayList<>();
        for (Object token : tokens(line, environment, lastStatus)) {
            words.add(token instanceof Operator op ? op.text() : (String) token);
        }
        return words;
    }

    private static StringBuilder flush(List<Object> tokens, StringBuilder word) {
        if (word != null) {
            tokens.add(word.toString());
        }
        return null;
    }

    /** Expands the {@code $} at {@code at}; @return the index after it */
    private static int expand(String line, int at, StringBuilder word, Map<String, String> environment, int lastStatus) {
        int i = at + 1;
        if (i < line.length() && line.charAt(i) == '?') {
            word.append(lastStatus);
            return i + 1;
        }
        boolean braced = i < line.length() && line.charAt(i) == '{';
        int start = braced ? i + 1 : i;
        int end = start;
        while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) {
            end++;
        }
        if (end == start) {
            word.append('$');
            return i;
        }
        if (braced) {
            if (end >= line.length() || line.charAt(end) != '}') {
                throw new IllegalArgumentException("bad ${...}");
            }
        }
        String value = environment.get(line.substring(start, end));
        if (value != null) {
            word.append(value);
        }
        return braced ? end + 1 : end;
    }
}
