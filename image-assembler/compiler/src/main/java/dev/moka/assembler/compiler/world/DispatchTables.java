package dev.moka.assembler.compiler.world;

import dev.moka.assembler.compiler.model.ClassModel;
import dev.moka.assembler.compiler.model.MethodRef;
import dev.moka.assembler.compiler.model.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Virtual and interface dispatch for a closed world.
 *
 * <p>Vtables hold only selectors that some call site dispatches on; a subclass extends its
 * superclass's layout, so a selector keeps its slot down the hierarchy. Interface calls use one
 * global selector numbering: every class's itable is indexed by it, so an interface call costs the
 * same two loads as a virtual call. Calls with a single implementation among instantiated classes
 * are bound directly.
 */
public final class DispatchTables {
    private final World world;
    private final Reachability reach;
    private final Set<String> virtualSelectors = new LinkedHashSet<>();
    private final Map<String, Integer> interfaceSelectors = new LinkedHashMap<>();
    private final Map<ClassModel, Map<String, Integer>> vtables = new HashMap<>();
    private final Map<String, MethodRef> unique = new HashMap<>();

    /** @param reach a finished reachability analysis */
    public DispatchTables(Reachability reach) {
        this.world = reach.world();
        this.reach = reach;
        for (MethodRef call : reach.virtualCalls()) {
            if (uniqueImplementation(call) != null) {
                continue;
            }
            if (call.owner().isInterface()) {
                interfaceSelectors.putIfAbsent(call.selector(), interfaceSelectors.size());
            } else {
                virtualSelectors.add(call.selector());
            }
        }
    }

    /** @param call a virtual or interface call target @return its only implementation, or null */
    public MethodRef uniqueImplementation(MethodRef call) {
        String key = call.owner().name() + "." + call.selector();
        if (unique.containsKey(key)) {
            return unique.get(key);
        }
        MethodRef only = null;
        boolean many = false;
        for (ClassModel c : reach.instantiated()) {
            if (c.isSubtypeOf(call.owner())) {
                MethodRef impl = world.implementation(c, call.method().name, call.method().desc);
                if (impl != null && only != null && !impl.symbol().equals(only.symbol())) {
                    many = true;
                }
                if (impl != null && only == null) {
                    only = impl;
                }
            }
        }
        MethodRef result = many ? null : only;
        unique.put(key, result);
        return result;
    }

    /**
     * @param className the internal name of an instantiated class
     * @param call      a virtual or interface call target
     * @return the method the call runs on an instance of exactly that class, or null when the class
     *         is unknown or does not implement it
     */
    public MethodRef implementationIn(String className, MethodRef call) {
        ClassModel c = world.get(className);
        if (c == null || !c.isSubtypeOf(call.owner())) {
            return null;
        }
        MethodRef impl = world.implementation(c, call.method().name, call.method().desc);
        return impl != null && reach.methods().containsKey(impl.symbol()) ? impl : null;
    }

    /** @param c a class @return selector to slot, for the selectors dispatched through vtables */
    public Map<String, Integer> vtable(ClassModel c) {
        Map<String, Integer> layout = vtables.get(c);
        if (layout != null) {
            return layout;
        }
        layout = c.superClass() == null || c.isInterface() ? new LinkedHashMap<>()
                : new LinkedHashMap<>(vtable(c.superClass()));
        if (!c.isInterface()) {
            for (MethodNode m : c.node().methods) {
                String selector = m.name + m.desc;
                boolean virtual = (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0
                        && !m.name.equals("<init>");
                if (virtual && virtualSelectors.contains(selector) && !layout.containsKey(selector)) {
                    layout.put(selector, layout.size());
                }
            }
        }
        vtables.put(c, layout);
        return layout;
    }

    /** @param method a virtual method @return its vtable slot in its class and all subclasses */
    public int vtableSlot(MethodRef method) {
        Integer slot = vtable(method.owner()).get(method.selector());
        if (slot == null) {
            throw new IllegalStateException("no vtable slot for " + method.display());
        }
        return slot;
    }

    /** @param method an interface method @return its global itable index */
    public int interfaceSelector(MethodRef method) {
        Integer s = interfaceSelectors.get(method.selector());
        if (s == null) {
            throw new IllegalStateException("no interface selector for " + method.display());
        }
        return s;
    }

    /** @return interface selectors in index order */
    public List<String> interfaceSelectorList() {
        return new ArrayList<>(interfaceSelectors.keySet());
    }

    /** @param symbol a method symbol @return whether that method is compiled into the image */
    public boolean isCompiled(String symbol) {
        return reach.methods().containsKey(symbol);
    }

    /**
     * @param c a class @param selector a name and descriptor
     * @return the symbol of the code c runs for the selector, or null when it has none reachable
     */
    public String implementationSymbol(ClassModel c, String selector) {
        int paren = selector.indexOf('(');
        MethodRef impl = world.implementation(c, selector.substring(0, paren), selector.substring(paren));
        return impl != null && reach.methods().containsKey(impl.symbol()) ? impl.symbol() : null;
    }
}
