/**
 * The {@code moka} command line (picocli): {@code moka assemble} and {@code moka run}.
 *
 * <p>Contract with scripts: standard output carries only the kernel's serial console (and help text),
 * so it can be piped and compared; progress and errors go to standard error as {@code moka: ...}
 * lines. Exit statuses are fixed in {@link dev.moka.assembler.cli.ExitCodes}: 0 success, 1 the kernel
 * failed, 2 nothing was booted because of a usage, configuration or build error.
 */
package dev.moka.assembler.cli;
