/**
 * {@code moka bench}: compute programs compiled both by Moka (to a static Linux executable) and run by
 * HotSpot, timed on the same machine one after the other.
 *
 * <p>Two sets of programs: the bench's own, shipped as resources, which take their size, warm-up
 * rounds and timed rounds as arguments and print one {@code time-ns: N} and one {@code check: V}
 * line; and public programs of the compiler's public set (Benchmarks Game, Are We Fast Yet?), run as
 * they are, whose whole output must match HotSpot's. Every program is timed as a whole process on
 * both sides, and against HotSpot's steady state: the fourth run of {@code main} in one JVM.
 */
package dev.moka.assembler.bench;
