package dev.moka.assembler.compiler.world;

import dev.moka.assembler.compiler.front.ClassFileException;
import dev.moka.assembler.compiler.model.BuildException;
import dev.moka.assembler.compiler.ir.Block;
import dev.moka.assembler.compiler.ir.Insn;
import dev.moka.assembler.compiler.ir.IrBuilder;
import dev.moka.assembler.compiler.ir.IrMethod;
import dev.moka.assembler.compiler.ir.UnsupportedCodeException;
import dev.moka.assembler.compiler.model.ClassModel;
import dev.moka.assembler.compiler.model.MethodRef;
import dev.moka.assembler.compiler.model.MissingClassException;
import dev.moka.assembler.compiler.model.World;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;

/**
 * Finds the closed world of an image: every method reachable from the roots, building each one's IR
 * on the way (rapid type analysis: a virtual call reaches the implementations in the classes that
 * are instantiated somewhere). A method that cannot be compiled stops the build with the call chain
 * that reached it.
 */
public final class Reachability {
    private static final String ALLOWS_MAGIC = "Ldev/moka/kernel/api/magic/AllowsMagic;";

    private final World world;
    private final Map<String, IrMethod> methods = new LinkedHashMap<>();
    private final Map<String, MethodRef> reachedFrom = new LinkedHashMap<>();
    private final Deque<MethodRef[]> work = new ArrayDeque<>();
    private final Set<ClassModel> instantiated = new LinkedHashSet<>();
    private final Set<ClassModel> initialized = new LinkedHashSet<>();
    private final Set<String> usedTypes = new LinkedHashSet<>();
    private final List<MethodRef> virtualCalls = new ArrayList<>();
    private final Set<String> virtualCallKeys = new LinkedHashSet<>();
    private final Map<String, Boolean> magicPackages = new LinkedHashMap<>();
    private final Set<String> roots = new LinkedHashSet<>();

    /** @param world the classes of the image */
    public Reachability(World world) {
        this.world = world;
    }

    /** @return the world this analysis runs over */
    public World world() {
        return world;
    }

    /**
     * Adds a root and everything it reaches.
     *
     * @param root a method the image enters from outside compiled code
     * @throws BuildException when a reachable method cannot be compiled
     */
    public void addRoot(MethodRef root) throws BuildException {
        roots.add(root.symbol());
        reach(root, null);
        drain();
    }

    /** @return the symbols of the methods entered from outside compiled code */
    public Set<String> roots() {
        return roots;
    }

    /** @param className a class whose objects exist before any code runs (string literals, say) */
    public void addInstantiated(String className) throws BuildException {
        instantiate(world.get(className));
        drain();
    }

    /** @param typeName a class or array type whose ClassInfo the image needs */
    public void addUsedType(String typeName) {
        usedTypes.add(typeName);
    }

    /** @return compiled-to-be methods by symbol, with their IR */
    public Map<String, IrMethod> methods() {
        return methods;
    }

    /** @return classes with instances */
    public Set<ClassModel> instantiated() {
        return instantiated;
    }

    /** @return classes whose static initialisers must run, in the order they were first needed */
    public Set<ClassModel> initialized() {
        return initialized;
    }

    /** @return array types and type-tested classes that need a ClassInfo */
    public Set<String> usedTypes() {
        return usedTypes;
    }

    /** @return methods called with virtual or interface dispatch */
    public List<MethodRef> virtualCalls() {
        return virtualCalls;
    }

    private void reach(MethodRef method, MethodRef from) {
        if (!reachedFrom.containsKey(method.symbol())) {
            reachedFrom.put(method.symbol(), from);
            work.add(new MethodRef[] {method, from});
        }
    }

    private void drain() throws BuildException {
        while (!work.isEmpty()) {
            MethodRef method = work.poll()[0];
            try {
                compile(method);
            } catch (UnsupportedCodeException | MissingClassException | ClassFileException e) {
                throw new BuildException(describe(method, e.getMessage()));
            }
        }
    }

    /** @return a report naming the method, what is wrong, and the chain of callers from the root */
    String describe(MethodRef method, String problem) {
        StringBuilder out = new StringBuilder("cannot compile ").append(method.display()).append(": ")
                .append(problem).append("\n  call chain from the entry point:");
        List<MethodRef> chain = new ArrayList<>();
        for (MethodRef m = method; m != null; m = reachedFrom.get(m.symbol())) {
            chain.add(m);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            out.append("\n    ").append(chain.get(i).display());
        }
        return out.toString();
    }

    private void compile(MethodRef method) {
        if (method.isNative()) {
            throw new UnsupportedCodeException("native methods (JNI) are not supported");
        }
        if (method.isAbstract()) {
            throw new UnsupportedCodeException("abstract method has no code");
        }
        IrMethod ir = IrBuilder.build(world, method);
        methods.put(method.symbol(), ir);
        for (Block b : ir.blocks()) {
            for (Insn insn : b.insns()) {
                follow(method, insn);
            }
        }
    }

    private void follow(MethodRef method, Insn insn) {
        switch (insn) {
            case Insn.Invoke inv -> {
                MethodRef target = inv.target();
                if (target.isStatic()) {
                    initialize(target.owner(), method);
                }
                if (inv.dispatch() == Insn.Dispatch.DIRECT) {
                    reach(target, method);
                } else {
                    virtualCall(target, method);
                }
            }
            case Insn.Intrinsic in -> {
                if (in.name().startsWith("magic.") && !allowsMagic(method.owner().name())) {
                    throw new UnsupportedCodeException("calls Magic." + in.name().substring(6)
                            + " but its package is not annotated @AllowsMagic");
                }
            }
            case Insn.New n -> instantiate(world.get(n.className()), method);
            case Insn.NewArray n -> usedTypes.add(n.arrayDescriptor());
            case Insn.ClassRef c -> usedTypes.add(c.type());
            case Insn.ConstClass c -> useType(c.type());
            case Insn.GetStatic g -> initialize(world.get(g.field().owner()), method);
            case Insn.PutStatic p -> initialize(world.get(p.field().owner()), method);
            case Insn.InstanceOf i -> useType(i.type());
            case Insn.CheckCast c -> useType(c.type());
            default -> { }
        }
    }

    private void useType(String type) {
        usedTypes.add(type);
        if (!type.startsWith("[")) {
            world.get(type);
        }
    }

    private void virtualCall(MethodRef target, MethodRef from) {
        String key = target.owner().name() + "." + target.selector();
        if (virtualCallKeys.add(key)) {
            virtualCalls.add(target);
        }
        for (ClassModel c : List.copyOf(instantiated)) {
            if (c.isSubtypeOf(target.owner())) {
                reachImplementation(c, target, from);
            }
        }
    }

    private void reachImplementation(ClassModel c, MethodRef target, MethodRef from) {
        MethodRef impl = world.implementation(c, target.method().name, target.method().desc);
        if (impl != null) {
            reach(impl, from);
        }
    }

    private void instantiate(ClassModel c) {
        instantiate(c, null);
    }

    private void instantiate(ClassModel c, MethodRef from) {
        if (!instantiated.add(c)) {
            return;
        }
        initialize(c, from);
        for (MethodRef call : List.copyOf(virtualCalls)) {
            if (c.isSubtypeOf(call.owner())) {
                reachImplementation(c, call, reachedFrom.get(call.symbol()));
            }
        }
    }

    /** @param c a class whose static initialiser must run at boot (with its superclasses') */
    public void initialize(ClassModel c) {
        initialize(c, null);
    }

    /** @param from the method whose code first needs the class, for the call chains of build errors */
    private void initialize(ClassModel c, MethodRef from) {
        if (c == null || initialized.contains(c)) {
            return;
        }
        initialize(c.superClass(), from);
        initialized.add(c);
        MethodRef clinit = clinit(c);
        if (clinit != null) {
            reach(clinit, from);
        }
    }

    /** @param c a class @return its static initialiser, or null */
    public static MethodRef clinit(ClassModel c) {
        var m = c.declaredMethod("<clinit>", "()V");
        return m == null ? null : new MethodRef(c, m);
    }

    private boolean allowsMagic(String className) {
        int slash = className.lastIndexOf('/');
        String pkg = slash < 0 ? "" : className.substring(0, slash);
        return magicPackages.computeIfAbsent(pkg, p -> {
            ClassNode info = world.pool().find(p + "/package-info").orElse(null);
            if (info == null) {
                return false;
            }
            for (List<AnnotationNode> list : java.util.Arrays.asList(info.invisibleAnnotations, info.visibleAnnotations)) {
                if (list != null) {
                    for (AnnotationNode a : list) {
                        if (a.desc.equals(ALLOWS_MAGIC)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        });
    }
}
