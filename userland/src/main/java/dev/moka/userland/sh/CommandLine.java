package dev.moka.userland.sh;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed line: jobs separated by {@code ;} or {@code &}, each a pipeline of commands joined by
 * {@code |}, each command its words and redirections ({@code < FILE}, {@code > FILE},
 * {@code >> FILE}).
 */
public final class CommandLine {
    /** One redirection: descriptor 0 or 1, the file, and whether output appends. */
    public record Redirect(int fd, String path, boolean append) {
    }

    /** One command of a pipeline: its words (the program first) and its redirections. */
    public record Command(List<String> words, List<Redirect> redirects) {
    }

    /** A pipeline, run in the background when it ended with {@code &}. */
    public record Job(List<Command> commands, boolean background) {
    }

    private CommandLine() {
    }

    /**
     * @param tokens what {@link Words#tokens} made of a line
     * @return the jobs, in order
     * @throws IllegalArgumentException for a syntax error, with the message the shell prints
     */
    public static List<Job> parse(List<Object> tokens) {
        List<Job> jobs = new ArrayList<>();
        List<Command> pipeline = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Redirect> redirects = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Object token = tokens.get(i);
            if (token instanceof String word) {
                words.add(word);
                continue;
            }
            String op = ((Words.Operator) token).text();
            switch (op) {
                case "<", ">", ">>" -> {
                    if (i + 1 >= tokens.size() || !(tokens.get(i + 1) instanceof String target)) {
                        throw new IllegalArgumentException("syntax error: " + op + " needs a file");
                    }
                    redirects.add(new Redirect(op.equals("<") ? 0 : 1, target, op.equals(">>")));
                    i++;
                }
                case "|" -> {
                    if (words.isEmpty()) {
                        throw new IllegalArgumentException("syntax error near |");
                    }
                    pipeline.add(new Command(List.copyOf(words), List.copyOf(redirects)));
                    words.clear();
                    redirects.clear();
                }
                default -> {
                    // ; or &
                    if (words.isEmpty()) {
                        if (!pipeline.isEmpty() || !redirects.isEmpty()) {
                            throw new IllegalArgumentException("syntax error near " + op);
                        }
                        if (op.equals("&")) {
                            throw new IllegalArgumentException("syntax error near &");
                        }
                        continue;
                    }
                    pipeline.add(new Command(List.copyOf(words), List.copyOf(redirects)));
                    jobs.add(new Job(List.copyOf(pipeline), op.equals("&")));
                    pipeline.clear();
                    words.clear();
                    redirects.clear();
                }
            }
        }
        if (!words.isEmpty()) {
            pipeline.add(new Command(List.copyOf(words), List.copyOf(redirects)));
            jobs.add(new Job(List.copyOf(pipeline), false));
        } else if (!pipeline.isEmpty() || !redirects.isEmpty()) {
            throw new IllegalArgumentException("syntax error: the line ends in the middle of a command");
        }
        return jobs;
    }
}
