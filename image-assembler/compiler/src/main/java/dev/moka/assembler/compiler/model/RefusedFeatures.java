package dev.moka.assembler.compiler.model;

import java.util.List;

/**
 * The Java features Moka refuses by design, recognised from the class or member a program reaches
 * for, so that the build error says why instead of only that something is missing.
 */
final class RefusedFeatures {
    /**
     * @param name    a class, package or member name, dotted
     * @param anyTail whether any continuation matches (a package, or a family of members such as
     *                {@code Class.getDeclared...}); otherwise only the class itself and its members
     *                and nested classes match, so {@code java.lang.Thread} does not cover ThreadLocal
     */
    private record Rule(String name, boolean anyTail, String reason) {
        boolean matches(String what) {
            if (!what.startsWith(name)) {
                return false;
            }
            String rest = what.substring(name.length());
            return anyTail || rest.isEmpty() || rest.charAt(0) == '.' || rest.charAt(0) == '$' || rest.charAt(0) == ' ';
        }
    }

    private static final String THREADS = "java.lang.Thread is not supported: Moka has its own kernel threads "
            + "(dev.moka.kernel.core.thread)";
    private static final String REFLECTION = "reflection is not supported: the image is a closed world compiled "
            + "ahead of time";
    private static final String CLASS_LOADING = "dynamic class loading is not supported: every class is compiled "
            + "into the image at build time";
    private static final String SERIALIZATION = "serialization is not supported";
    private static final String VM_INTERNALS = "the JDK's private access to java.lang and the VM's boot state are set "
            + "up by HotSpot, not by compiled code; Moka's substitute offers only the accesses written for its own classes";

    private static final List<Rule> RULES = List.of(
            new Rule("java.lang.Thread", false, THREADS),
            new Rule("java.lang.ThreadGroup", false, THREADS),
            new Rule("java.util.concurrent.Executors", false, THREADS),
            new Rule("java.util.concurrent.ExecutorService", false, THREADS),
            new Rule("java.util.concurrent.ForkJoinPool", false, THREADS),
            new Rule("java.util.concurrent.CompletableFuture", false, THREADS),
            new Rule("java.lang.reflect.", true, REFLECTION),
            new Rule("java.lang.invoke.MethodHandles", false, REFLECTION),
            new Rule("java.lang.Class.getMethod", true, REFLECTION),
            new Rule("java.lang.Class.getDeclared", true, REFLECTION),
            new Rule("java.lang.Class.getField", true, REFLECTION),
            new Rule("java.lang.Class.getConstructor", true, REFLECTION),
            new Rule("java.lang.Class.newInstance", true, REFLECTION),
            new Rule("java.lang.Class.forName", true, CLASS_LOADING),
            new Rule("java.lang.ClassLoader", false, CLASS_LOADING),
            new Rule("java.net.URLClassLoader", false, CLASS_LOADING),
            new Rule("java.io.ObjectOutputStream", false, SERIALIZATION),
            new Rule("java.io.ObjectInputStream", false, SERIALIZATION),
            new Rule("java.io.Externalizable", false, SERIALIZATION),
            new Rule("jdk.internal.access.SharedSecrets", false, VM_INTERNALS),
            new Rule("jdk.internal.misc.VM", false, VM_INTERNALS));

    private RefusedFeatures() {
    }

    /**
     * @param what a missing class, or member as {@code owner.name...}, in internal or dotted form
     * @return why Moka refuses it, or null when it is simply not in the runtime library
     */
    static String reasonFor(String what) {
        String dotted = what.replace('/', '.');
        for (Rule rule : RULES) {
            if (rule.matches(dotted)) {
                return rule.reason();
            }
        }
        return null;
    }
}
