/**
 * A contract kit for file-like {@link dev.moka.kernel.ipc.Scheme}s: the kernel's own and any a
 * project adds. A test extends {@link dev.moka.testkit.scheme.SchemeContract}, names the scheme and
 * the paths it serves, and declares its capabilities (creating files, streams):
 *
 * <pre>{@code
 * class RamSchemeContractTest extends SchemeContract {
 *     protected Scheme newScheme() { return new RamScheme(1 << 20); }
 *     protected List<String> readablePaths() { return List.of(""); }
 *     protected String creatableDirectory() { return ""; }
 * }
 * }</pre>
 *
 * <p>The rules themselves are the methods of {@link dev.moka.testkit.scheme.SchemeChecks}, usable on
 * their own; each fails with a message naming the rule. Every result is checked to be a value or
 * {@code -errno}; no check ever lets a call wait.
 */
package dev.moka.testkit.scheme;
