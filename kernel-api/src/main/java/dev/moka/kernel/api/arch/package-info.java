/**
 * The arch pack SPI: what the generic kernel needs from the machine it runs on. The mechanism of
 * threads (contexts, switches, the timer interrupt) is here; the thread layer and the policy are not.
 */
package dev.moka.kernel.api.arch;
