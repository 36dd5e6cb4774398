package dev.moka.assembler.link;

import dev.moka.assembler.x86.Relocation;
import java.util.List;
import java.util.Map;

/**
 * A piece of the image with its own symbols and relocations, relative to its start.
 *
 * @param name        for error messages
 * @param bytes       contents
 * @param relocations references to resolve once every section has an address
 * @param symbols     symbols defined here, by offset
 * @param alignment   alignment of the section's start address
 */
public record Section(String name, byte[] bytes, List<Relocation> relocations, Map<String, Integer> symbols,
                      int alignment) {
}
