/**
 * The magic layer: the few static methods through which kernel code touches hardware. Natively each
 * call becomes inline instructions; hosted, each call forwards to a simulated machine.
 */
@AllowsMagic
package dev.moka.kernel.api.magic;
