/** The arch pack SPI: what the generic kernel needs from the machine it runs on. */
package dev.moka.kernel.api.arch;
