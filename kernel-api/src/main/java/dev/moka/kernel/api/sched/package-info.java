/** The scheduling SPI: what a policy sees of kernel threads and what the kernel asks of it. */
package dev.moka.kernel.api.sched;
