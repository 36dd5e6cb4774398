/**
 * Finding kernel policy providers by name: the schedulers and frame allocators that modules declare
 * with {@code provides} (or {@code META-INF/services} on the class path), looked up the way an image
 * config names them.
 */
package dev.moka.assembler.providers;
