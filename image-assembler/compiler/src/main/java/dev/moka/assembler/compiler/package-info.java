/**
 * The ahead-of-time compiler from JVM bytecode to x86_64. {@link dev.moka.assembler.compiler.Compilation}
 * is the pipeline: {@code front} reads classes (the runtime library in place of the JDK), {@code model}
 * resolves the class hierarchy and layouts, {@code ir} builds the register IR from bytecode and optimises it
 * (inlining of small methods that cannot throw or call, block-local renaming, copy coalescing,
 * constant operands),
 * {@code world} finds the closed world and its dispatch tables, {@code regalloc} places virtual
 * registers, {@code backend} emits machine code through the encoder.
 */
package dev.moka.assembler.compiler;
