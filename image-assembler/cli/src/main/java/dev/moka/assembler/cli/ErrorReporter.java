package dev.moka.assembler.cli;

import dev.moka.assembler.providers.ProviderException;
import dev.moka.assembler.compiler.model.BuildException;
import dev.moka.assembler.config.ConfigException;
import dev.moka.assembler.qemu.QemuException;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into {@code moka: <message>} on standard error and exit status
 * {@link ExitCodes#ERROR}. Expected failures (a wrong config, a build error, QEMU missing, a file that
 * cannot be written) show their message alone; anything else is a defect and shows its stack trace.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        if (isExpected(failure)) {
            err.println("moka: " + failure.getMessage());
        } else {
            err.println("moka: internal error: " + failure);
            failure.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.ERROR;
    }

    private static boolean isExpected(Exception failure) {
        return failure instanceof ConfigException
                || failure instanceof BuildException
                || failure instanceof ProviderException
                || failure instanceof QemuException
                || failure instanceof IOException;
    }
}
