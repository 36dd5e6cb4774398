/**
 * Image descriptions: the TOML file that says what goes into a kernel image, read into typed records.
 *
 * <p>{@link dev.moka.assembler.config.ImageConfigLoader} parses and checks a file;
 * {@link dev.moka.assembler.config.ConfigSchema} lists every table and key, its default and its check,
 * so a new table is one schema entry plus one line that builds its record;
 * {@link dev.moka.assembler.config.ImageConfigWriter} writes a config back out.
 *
 * <p>Invariants: an {@link dev.moka.assembler.config.ImageConfig} that leaves this package is complete
 * (defaults filled in) and names only providers some module on the path offers. Every error is a
 * {@link dev.moka.assembler.config.ConfigException} whose message is {@code FILE:LINE: what is wrong},
 * reporting the first problem in document order.
 */
package dev.moka.assembler.config;
