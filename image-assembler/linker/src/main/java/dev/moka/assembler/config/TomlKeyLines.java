package dev.moka.assembler.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the line on which a table or key of a TOML text is defined.
 *
 * <p>Why this exists: Jackson's TOML module reads the whole document into a tree before handing out
 * tokens, so its nodes and tokens carry no source location (only syntax errors do). To name the line of
 * an unknown key or a bad value, the loader asks this scanner, which reads the same text a second time.
 * It only has to understand documents Jackson already accepted: table headers ({@code [a.b]},
 * {@code [[a]]}), key lines with bare, quoted and dotted keys, comments, and multi-line strings, whose
 * contents must not be taken for keys.
 */
final class TomlKeyLines {
    private record Definition(int line, List<String> path, boolean isKey) {
    }

    private final List<Definition> definitions = new ArrayList<>();

    /** @param text a TOML document that parses */
    TomlKeyLines(String text) {
        String[] lines = text.split("\r?\n", -1);
        List<String> table = List.of();
        String openMultiline = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (openMultiline != null) {
                if (countOf(line, openMultiline) % 2 != 0) {
                    openMultiline = null;
                }
                continue;
            }
            KeyReader reader = new KeyReader(line);
            reader.skipSpaces();
            if (reader.peek() == '[') {
                List<String> header = reader.readHeader();
                if (header != null) {
                    table = header;
                    definitions.add(new Definition(i + 1, header, false));
                }
                continue;
            }
            List<String> key = reader.readKeyPath();
            if (key == null || !reader.consume('=')) {
                continue;
            }
            List<String> path = new ArrayList<>(table);
            path.addAll(key);
            definitions.add(new Definition(i + 1, List.copyOf(path), true));
            openMultiline = unclosedMultilineQuote(reader.rest());
        }
    }

    /**
     * @param path table names and key, such as {@code [kernel, scheduler]}
     * @return the 1-based line that defines the path or something inside it; failing that, the line of
     *         the closest enclosing definition (a key inside an inline table is found at the table's
     *         line); {@link ConfigException#NO_LINE} when nothing matches
     */
    int lineOf(List<String> path) {
        int best = ConfigException.NO_LINE;
        int bestLength = 0;
        for (Definition definition : definitions) {
            List<String> defined = definition.path();
            if (startsWith(defined, path)) {
                return definition.line();
            }
            if (startsWith(path, defined) && defined.size() > bestLength) {
                best = definition.line();
                bestLength = defined.size();
            }
        }
        return best;
    }

    /**
     * @return the key written a second time first in the document, as its full path, and the line of
     *         the repetition; empty when no key line repeats an earlier one
     */
    Optional<Repetition> firstRepeatedKey() {
        Set<List<String>> seen = new HashSet<>();
        for (Definition definition : definitions) {
            if (definition.isKey() && !seen.add(definition.path())) {
                return Optional.of(new Repetition(definition.line(), definition.path()));
            }
        }
        return Optional.empty();
    }

    /**
     * A key defined twice.
     *
     * @param line the 1-based line of the second definition
     * @param path its table names and key
     */
    record Repetition(int line, List<String> path) {
    }

    private static boolean startsWith(List<String> list, List<String> prefix) {
        return list.size() >= prefix.size() && list.subList(0, prefix.size()).equals(prefix);
    }

    private static String unclosedMultilineQuote(String value) {
        for (String quote : new String[] {"\"\"\"", "'''"}) {
            int start = value.indexOf(quote);
            if (start >= 0 && value.trim().startsWith(quote)
                    && countOf(value.substring(start + quote.length()), quote) == 0) {
                return quote;
            }
        }
        return null;
    }

    private static int countOf(String text, String quote) {
        int count = 0;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + quote.length())) {
            count++;
        }
        return count;
    }

    /** Reads keys from the start of one line; every read returns null when the line does not fit. */
    private static final class KeyReader {
        private final String line;
        private int at;

        KeyReader(String line) {
            this.line = line;
        }

        char peek() {
            return at < line.length() ? line.charAt(at) : '\0';
        }

        void skipSpaces() {
            while (peek() == ' ' || peek() == '\t') {
                at++;
            }
        }

        boolean consume(char expected) {
            skipSpaces();
            if (peek() != expected) {
                return false;
            }
            at++;
            return true;
        }

        String rest() {
            return line.substring(at);
        }

        List<String> readHeader() {
            consume('[');
            boolean arrayOfTables = consume('[');
            List<String> path = readKeyPath();
            if (path == null || !consume(']') || arrayOfTables && !consume(']')) {
                return null;
            }
            return path;
        }

        List<String> readKeyPath() {
            List<String> path = new ArrayList<>();
            do {
                skipSpaces();
                String key = readKey();
                if (key == null) {
                    return null;
                }
                path.add(key);
                skipSpaces();
            } while (consume('.'));
            return List.copyOf(path);
        }

        private String readKey() {
            char first = peek();
            if (first == '"' || first == '\'') {
                return readQuoted(first);
            }
            int start = at;
            while (isBareKeyChar(peek())) {
                at++;
            }
            return at > start ? line.substring(start, at) : null;
        }

        private String readQuoted(char quote) {
            StringBuilder key = new StringBuilder();
            at++;
            while (at < line.length()) {
                char c = line.charAt(at++);
                if (c == quote) {
                    return key.toString();
                }
                if (c == '\\' && quote == '"' && at < line.length()) {
                    c = line.charAt(at++);
                }
                key.append(c);
            }
            return null;
        }

        private static boolean isBareKeyChar(char c) {
            return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
        }
    }
}
