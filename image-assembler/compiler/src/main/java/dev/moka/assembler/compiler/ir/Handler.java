package dev.moka.assembler.compiler.ir;

/**
 * One entry of a method's exception table as it applies to an instruction.
 *
 * @param target    the handler's block
 * @param catchType internal name of the caught class, or null for any (finally)
 */
public record Handler(Block target, String catchType) {
}
