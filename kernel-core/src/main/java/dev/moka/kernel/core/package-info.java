/**
 * The generic kernel: its entry point ({@link Kernel#boot}), the boot sequence and its self-checks.
 * Everything machine-specific comes in through {@link dev.moka.kernel.api.arch.ArchPack}; every
 * policy through an SPI; everything an image chose through one {@link dev.moka.kernel.api.boot.KernelImage}.
 */
package dev.moka.kernel.core;
