/** The layout of the initfs, shared by the image assembler that writes it and the kernel that reads it. */
package dev.moka.kernel.api.initfs;
