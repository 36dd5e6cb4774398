/**
 * {@code usertests}: the kernel's tests from user space. The package may use {@code Magic} because
 * its fault tests must make real bad accesses (a read at address 0, a privileged instruction) that
 * Java code cannot express; the kernel must end such a process and go on.
 */
@AllowsMagic
package dev.moka.userland.usertests;

import dev.moka.kernel.api.magic.AllowsMagic;
