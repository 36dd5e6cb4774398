/**
 * Random differential testing of the Linux target: a seeded generator writes well-typed,
 * deterministic, quickly terminating Java programs; each is compiled by javac, then by Moka, and run
 * natively and on HotSpot, and the two runs must print the same thing and exit the same way.
 *
 * <p>Invariants of every generated program: no exception escapes {@code main} (each case body is
 * wrapped in {@code catch (RuntimeException e)}), every loop has a constant bound on its iteration
 * count, helper methods only call helpers declared before them (no recursion), and only ASCII text is
 * printed (characters are printed as their code), so output never depends on the platform charset.
 * Only values whose text and hash code are the same on every run are printed or hashed (numbers,
 * booleans, strings, their boxes; never an object's identity). Every {@code finally} block appends
 * a number to the static {@code trail}, which the cases fold into their checksums.
 *
 * <p>A program holds many <em>cases</em> (static methods {@code case0..caseN}), so one javac run and
 * one Moka build check many of them. On a mismatch {@link dev.moka.assembler.linux.random.ProgramReducer}
 * drops cases and statements while the mismatch persists, and the failure shows the seed, the reduced
 * program and both outputs.
 */
package dev.moka.assembler.linux.random;
