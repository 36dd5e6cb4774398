package dev.moka.assembler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.compiler.model.BuildException;
import dev.moka.assembler.providers.UnknownProviderException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErrorReporterTest {
    private static String report(Exception failure, int expectedExit) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = MokaCli.commandLine(System.out, System.err);
        commandLine.setErr(new PrintWriter(err));
        assertEquals(expectedExit, new ErrorReporter().handleExecutionException(failure, commandLine, null));
        return err.toString();
    }

    @Test
    void expectedFailuresShowTheirMessageAlone() {
        assertEquals("moka: cannot compile a.B.c()V\n",
                report(new BuildException("cannot compile a.B.c()V"), ExitCodes.ERROR));
        assertEquals("moka: unknown scheduler \"x\"; available: y\n",
                report(new UnknownProviderException("unknown scheduler \"x\"; available: y"), ExitCodes.ERROR));
    }

    @Test
    void aDefectShowsItsStackTrace() {
        String text = report(new IllegalStateException("broken invariant"), ExitCodes.ERROR);
        assertTrue(text.startsWith("moka: internal error: java.lang.IllegalStateException: broken invariant\n"), text);
        assertTrue(text.contains("\tat dev.moka.assembler.cli.ErrorReporterTest"), text);
    }
}
