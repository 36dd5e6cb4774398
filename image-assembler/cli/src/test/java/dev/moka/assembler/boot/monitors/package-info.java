/** A broken monitor implementation that test images swap in, to show the monitor stress test catches it. */
package dev.moka.assembler.boot.monitors;
