package dev.moka.assembler.compiler.backend;

/**
 * One row of the image's exception table: machine code in {@code [start, end)} that throws goes to
 * {@code handler} when the exception is an instance of {@code catchType}.
 *
 * @param start      symbol of the first byte of the range
 * @param end        symbol of the first byte after the range
 * @param handler    symbol of the handler's code
 * @param catchType  internal name of the caught class, or null to catch everything
 * @param frameBytes size of the method's frame below rbp, so the unwinder can reset rsp
 */
public record ExceptionEntry(String start, String end, String handler, String catchType, int frameBytes) {
}
