package dev.moka.testkit.scheme;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.schemes.PipeScheme;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each broken scheme, put through the kit's checks with fixed inputs, trips the rule it breaks; the
 * working schemes pass the same checks.
 */
class SchemeContractCatchesBrokenSchemesTest {
    private static final List<FileWrite> WRITES = List.of(new FileWrite(0, "hello".getBytes(StandardCharsets.US_ASCII)),
            new FileWrite(3, "p me".getBytes(StandardCharsets.US_ASCII)), new FileWrite(12, "!".getBytes(StandardCharsets.US_ASCII)));

    private static void assertCaught(String expectedMessagePart, Executable check) {
        AssertionError error = assertThrows(AssertionError.class, check);
        assertTrue(error.getMessage().contains(expectedMessagePart),
                () -> "expected a failure about '" + expectedMessagePart + "' but got: " + error.getMessage());
    }

    private static StreamPair pair(SchemeChecks checks) {
        long reader = checks.openOk("", OpenFlags.O_RDONLY);
        return new StreamPair(reader, checks.scheme().dup(reader, "write", Caller.KERNEL));
    }

    private static SchemeChecks withFile(Scheme scheme) {
        SchemeChecks checks = new SchemeChecks(scheme);
        long handle = checks.openOk("f", OpenFlags.O_CREAT | OpenFlags.O_WRONLY);
        checks.write(handle, "0123456789".getBytes(StandardCharsets.US_ASCII), 0);
        checks.close(handle);
        return checks;
    }

    @Test
    void workingSchemesPassEveryCheckBelow() {
        SchemeChecks ram = withFile(BrokenSchemes.ram());
        ram.closedHandlesGiveEbadf("f");
        ram.fileReadsAreConsistent("f", 3, 4);
        ram.fstatAndFpathDescribeTheHandle("f");
        ram.writesReadBack("g", WRITES);
        ram.listingShowsWhatWasCreated("", List.of("a", "b", "c"), 3);
        ram.everyCallGivesEbadf(77);
        SchemeChecks pipes = new SchemeChecks(new PipeScheme(Blocker.refusing()));
        pipes.streamKeepsOrder(pair(pipes), List.of(5, 3, 9), List.of(2, 2));
        pipes.streamEndsAndBreaks(pair(pipes), pair(pipes));
    }

    @Test
    void catchesAHandleThatWorksAfterClose() {
        SchemeChecks checks = withFile(new BrokenSchemes.KeepsClosedHandles());
        assertCaught("which is not open, gives EBADF", () -> checks.closedHandlesGiveEbadf("f"));
    }

    @Test
    void catchesReadsThatIgnoreThePosition() {
        SchemeChecks checks = withFile(new BrokenSchemes.IgnoresPosition());
        assertCaught("a file read never ends", () -> checks.fileReadsAreConsistent("f", 3, 4));
        SchemeChecks writes = new SchemeChecks(new BrokenSchemes.IgnoresPosition());
        assertCaught("a file read never ends", () -> writes.writesReadBack("g", WRITES));
    }

    @Test
    void catchesAListingThatLeavesAnEntryOut() {
        SchemeChecks checks = new SchemeChecks(new BrokenSchemes.ForgetsLastEntry());
        assertCaught("the listing after creating", () -> checks.listingShowsWhatWasCreated("", List.of("x", "y"), 64));
    }

    @Test
    void catchesAnErrorOutsideTheErrorRange() {
        SchemeChecks checks = new SchemeChecks(new BrokenSchemes.ErrorOutOfRange());
        assertCaught("fsize returned -9000, which is neither a value nor -errno", () -> checks.everyCallGivesEbadf(5));
    }

    @Test
    void catchesAStatThatDisagreesWithTheSize() {
        SchemeChecks checks = withFile(new BrokenSchemes.WrongStatSize());
        assertCaught("a file's fstat size is its fsize", () -> checks.fstatAndFpathDescribeTheHandle("f"));
    }

    @Test
    void catchesAStreamThatLosesBytes() {
        SchemeChecks checks = new SchemeChecks(new BrokenSchemes.LosesBytes());
        assertCaught("gives back what was written, in order",
                () -> checks.streamKeepsOrder(pair(checks), List.of(10), List.of(4)));
    }

    @Test
    void catchesAStreamThatNeverEnds() {
        SchemeChecks checks = new SchemeChecks(new BrokenSchemes.NeverEnds());
        assertCaught("a drained stream whose writer closed ends",
                () -> checks.streamEndsAndBreaks(pair(checks), pair(checks)));
    }
}
