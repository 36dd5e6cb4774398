/**
 * {@code moka bench}: compute programs compiled both by Moka (to a static Linux executable) and run by
 * HotSpot, timed on the same machine one after the other.
 *
 * <p>Each program is a Java source shipped as a resource. It takes its size, warm-up rounds and timed
 * rounds as arguments, times only the timed rounds with {@code System.nanoTime}, and prints exactly
 * one {@code time-ns: N} line and one {@code check: V} line. A result counts only when both sides
 * print the same check value; the ratio is Moka's time over HotSpot's steady-state time.
 */
package dev.moka.assembler.bench;
