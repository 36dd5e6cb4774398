/**
 * A small x86 machine-code encoder for the Moka image assembler: no text parsing, one Java call
 * per instruction.
 *
 * <p>Design:
 * <ul>
 *   <li>{@link dev.moka.assembler.x86.Assembler} is the single entry point; instruction families
 *       live in package-private superclasses so no file grows past a few hundred lines.</li>
 *   <li>{@code InstructionEncoder} owns the prefix/REX/ModRM/SIB/displacement rules; the
 *       instruction methods only choose opcodes and validate operands.</li>
 *   <li>Encodings follow GNU as's choices (imm8 forms, accumulator short forms, the 0x89 direction
 *       for register moves, disp8 versus disp32) so tests compare bytes with {@code as}.</li>
 * </ul>
 *
 * <p>Invariants: the emitted code depends only on the calls made (no global tables); label
 * references are resolved only in the copy returned by {@code toByteArray()}; relocation fields
 * are zero in the code and described completely by {@link dev.moka.assembler.x86.Relocation}.
 */
package dev.moka.assembler.x86;
