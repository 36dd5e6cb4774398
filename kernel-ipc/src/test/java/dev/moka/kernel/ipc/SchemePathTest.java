package dev.moka.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SchemePathTest {
    private static final SchemePath HOME = new SchemePath("file", "home/user");

    @Test
    void aSchemeNameSelectsTheScheme() {
        assertEquals(new SchemePath("sys", "uname"), SchemePath.resolve("sys:uname", HOME));
        assertEquals(new SchemePath("sys", "uname"), SchemePath.resolve("sys:/uname", HOME));
        assertEquals(new SchemePath("pipe", ""), SchemePath.resolve("pipe:", HOME));
        assertEquals(new SchemePath("disk.live", "a/b"), SchemePath.resolve("disk.live:a//b/", HOME));
    }

    @Test
    void aNameWithoutASchemeBelongsToTheWorkingDirectorysScheme() {
        assertEquals(new SchemePath("file", "etc/motd"), SchemePath.resolve("/etc/motd", HOME));
        assertEquals(new SchemePath("file", "home/user/notes"), SchemePath.resolve("notes", HOME));
        assertEquals(new SchemePath("file", "home/x"), SchemePath.resolve("../x", HOME));
        assertEquals(new SchemePath("file", "home/user"), SchemePath.resolve(".", HOME));
    }

    @Test
    void aColonAfterASlashIsPartOfThePath() {
        assertEquals(new SchemePath("file", "home/user/a/b:c"), SchemePath.resolve("a/b:c", HOME));
        assertEquals(new SchemePath("file", "x:y"), SchemePath.resolve("/x:y", HOME));
    }

    @Test
    void anEmptySchemeNameIsNoName() {
        assertNull(SchemePath.resolve(":uname", HOME));
    }

    @Test
    void canonicalFormDropsDotsAndEmptySegmentsAndNeverClimbsAboveTheRoot() {
        assertEquals("", SchemePath.canonical(""));
        assertEquals("", SchemePath.canonical("/"));
        assertEquals("", SchemePath.canonical("../../.."));
        assertEquals("a/c", SchemePath.canonical("/a/./b/../c/"));
        assertEquals("c", SchemePath.canonical("a/../../c"));
        assertEquals("...", SchemePath.canonical("..."));
        assertEquals(".x/y.", SchemePath.canonical(".x/y."));
    }

    @Test
    void printsAsSchemeColonPath() {
        assertEquals("file:home/user", HOME.toString());
        assertEquals("sys:", new SchemePath("sys", "").toString());
    }
}
