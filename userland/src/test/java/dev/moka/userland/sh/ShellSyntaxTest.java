package dev.moka.userland.sh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shell's lexer and parser on the JVM: what a line becomes before anything is started. */
class ShellSyntaxTest {
    private static final Map<String, String> ENV = Map.of("X", "ex", "EMPTY", "");

    private static List<CommandLine.Job> parse(String line) {
        return CommandLine.parse(Words.tokens(line, ENV, 3));
    }

    @Test
    void wordsQuotesAndVariables() {
        assertEquals(List.of("echo", "a b", "$X", "ex", "ex-ex", "3", "x\"y", "#not"),
                Words.split("echo 'a b' '$X' $X \"${X}-$X\" $? \"x\\\"y\" \\#not # a comment", ENV, 3));
        assertEquals(List.of("echo", "", "$"), Words.split("echo \"$EMPTY\" $", ENV, 0));
        assertThrows(IllegalArgumentException.class, () -> Words.split("echo 'open", ENV, 0));
        assertThrows(IllegalArgumentException.class, () -> Words.split("echo \"open", ENV, 0));
    }

    @Test
    void pipelinesAndRedirections() {
        List<CommandLine.Job> jobs = parse("cat < in | wc >> out | tee x > y");
        assertEquals(1, jobs.size());
        List<CommandLine.Command> commands = jobs.get(0).commands();
        assertEquals(3, commands.size());
        assertEquals(List.of("cat"), commands.get(0).words());
        assertEquals(List.of(new CommandLine.Redirect(0, "in", false)), commands.get(0).redirects());
        assertEquals(List.of(new CommandLine.Redirect(1, "out", true)), commands.get(1).redirects());
        assertEquals(List.of("tee", "x"), commands.get(2).words());
        assertEquals(List.of(new CommandLine.Redirect(1, "y", false)), commands.get(2).redirects());
    }

    @Test
    void jobsAreCutBeforeTheyAreExpanded() {
        assertEquals(List.of(new Words.Segment("false", false), new Words.Segment(" echo $?", false)),
                Words.segments("false; echo $?"));
        assertEquals(List.of(new Words.Segment("sleep 1 ", true), new Words.Segment(" echo 'a;b' \"c&d\"", false)),
                Words.segments("sleep 1 & echo 'a;b' \"c&d\""));
        assertEquals(List.of(new Words.Segment("echo x ", false)), Words.segments("echo x # ; not a job"));
        assertThrows(IllegalArgumentException.class, () -> Words.segments("& echo"));
    }

    @Test
    void syntaxErrorsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> parse("| wc"));
        assertThrows(IllegalArgumentException.class, () -> parse("cat >"));
        assertThrows(IllegalArgumentException.class, () -> parse("cat |"));
        assertThrows(IllegalArgumentException.class, () -> parse("cat > | wc"));
    }
}
