package dev.moka.assembler.link;

import java.util.Map;

/**
 * The linked image: bytes to load at {@code base}, followed in memory by zeroed bss up to
 * {@code bssEnd}.
 *
 * @param base    load address of the first byte
 * @param bytes   file contents, headers included
 * @param bssEnd  first address after the bss
 * @param symbols every symbol's absolute address
 */
public record LinkedImage(long base, byte[] bytes, long bssEnd, Map<String, Long> symbols) {
}
