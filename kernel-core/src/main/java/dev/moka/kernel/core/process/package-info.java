/**
 * User processes: executables checked before they are loaded, and the process table.
 */
package dev.moka.kernel.core.process;
