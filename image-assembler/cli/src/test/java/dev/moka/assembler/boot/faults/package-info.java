/**
 * Frame allocators that fault on purpose, compiled into test kernels: they check that CPU
 * exceptions in kernel code become Java exceptions (caught, or reported with a stack trace) and that
 * other faults panic with the faulting address and a Java stack trace.
 */
@AllowsMagic
package dev.moka.assembler.boot.faults;

import dev.moka.kernel.api.magic.AllowsMagic;
