/**
 * The generic kernel: its entry point and boot-time self-checks. Everything machine-specific comes
 * in through {@link dev.moka.kernel.api.arch.ArchPack}; every policy through an SPI.
 */
package dev.moka.kernel.api;
