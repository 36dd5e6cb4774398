/**
 * Image assembly: from an image config to a bootable file. The pipeline is one readable method,
 * {@link dev.moka.assembler.image.ImageBuilder#assemble}: generate the entry class for the chosen
 * providers, compile, add the arch pack's boot stub, link, write ELF.
 */
package dev.moka.assembler.image;
