package dev.moka.assembler.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TomlKeyLinesTest {
    @Test
    void findsTablesAndTheirKeys() {
        TomlKeyLines lines = new TomlKeyLines("# comment\n[kernel]\nscheduler = \"a\"\n\nframe-allocator = \"b\"\n");
        assertEquals(2, lines.lineOf(List.of("kernel")));
        assertEquals(3, lines.lineOf(List.of("kernel", "scheduler")));
        assertEquals(5, lines.lineOf(List.of("kernel", "frame-allocator")));
    }

    @Test
    void readsDottedAndQuotedKeys() {
        TomlKeyLines lines = new TomlKeyLines("a = 1\nkernel . \"sched uler\" = 'x'\n[ 'other' . inner ]\nk = 2\n");
        assertEquals(2, lines.lineOf(List.of("kernel")));
        assertEquals(2, lines.lineOf(List.of("kernel", "sched uler")));
        assertEquals(3, lines.lineOf(List.of("other")));
        assertEquals(4, lines.lineOf(List.of("other", "inner", "k")));
    }

    @Test
    void aKeyInsideAnInlineTableIsFoundAtTheTable() {
        TomlKeyLines lines = new TomlKeyLines("\n\nkernel = { scheduler = \"a\" }\n");
        assertEquals(3, lines.lineOf(List.of("kernel", "scheduler")));
    }

    @Test
    void multilineStringsAreNotTakenForKeys() {
        String text = "[notes]\ntext = \"\"\"\n[kernel]\nscheduler = \"fake\"\n\"\"\"\n[kernel]\nscheduler = \"real\"\n";
        TomlKeyLines lines = new TomlKeyLines(text);
        assertEquals(6, lines.lineOf(List.of("kernel")));
        assertEquals(7, lines.lineOf(List.of("kernel", "scheduler")));
    }

    @Test
    void arrayOfTablesHeadersCount() {
        TomlKeyLines lines = new TomlKeyLines("[[kernel]]\nx = 1\n");
        assertEquals(1, lines.lineOf(List.of("kernel")));
        assertEquals(2, lines.lineOf(List.of("kernel", "x")));
    }

    @Test
    void anAbsentPathHasNoLine() {
        assertEquals(ConfigException.NO_LINE, new TomlKeyLines("[kernel]\n").lineOf(List.of("workload")));
    }

    @Test
    void findsTheFirstRepeatedKey() {
        TomlKeyLines lines = new TomlKeyLines("[kernel]\na = 1\nb = 2\n[other]\na = 3\n[kernel]\nb = 4\n");
        assertEquals(Optional.of(new TomlKeyLines.Repetition(7, List.of("kernel", "b"))), lines.firstRepeatedKey());
        assertEquals(Optional.empty(), new TomlKeyLines("a = 1\nb = 2\n").firstRepeatedKey());
    }
}
