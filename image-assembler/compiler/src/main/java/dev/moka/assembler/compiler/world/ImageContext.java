package dev.moka.assembler.compiler.world;

import dev.moka.assembler.compiler.backend.CodeContext;
import dev.moka.assembler.compiler.backend.Target;
import dev.moka.assembler.compiler.model.ClassModel;
import dev.moka.assembler.compiler.model.MethodRef;
import dev.moka.assembler.compiler.model.World;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The compiler's view of a whole image while methods are compiled: dispatch tables, type facts,
 * and the symbols of class records and string literals, which it records so that the data section
 * contains exactly what the code refers to.
 */
public final class ImageContext implements CodeContext {
    private static final String RUNTIME = "java/lang/MokaRuntime";

    private final Target target;
    private final World world;
    private final DispatchTables dispatch;
    private final Map<String, String> strings = new LinkedHashMap<>();
    private final Set<String> classInfos = new LinkedHashSet<>();
    private final Map<String, Integer> interfaceIds = new LinkedHashMap<>();
    private final java.util.List<dev.moka.assembler.compiler.backend.ExceptionEntry> exceptionEntries =
            new java.util.ArrayList<>();

    /**
     * @param target   the image's target
     * @param reach    the finished reachability analysis
     * @param dispatch its dispatch tables
     */
    public ImageContext(Target target, Reachability reach, DispatchTables dispatch) {
        this(target, false, reach, dispatch);
    }

    private final boolean verifyHeap;

    /**
     * @param target     the image's target
     * @param verifyHeap whether the heap plan checks the heap after each collection
     * @param reach      the finished reachability analysis
     * @param dispatch   its dispatch tables
     */
    public ImageContext(Target target, boolean verifyHeap, Reachability reach, DispatchTables dispatch) {
        this.verifyHeap = verifyHeap;
        this.target = target;
        this.world = reach.world();
        this.dispatch = dispatch;
        for (ClassModel c : world.loaded()) {
            if (c.isInterface()) {
                interfaceIds.put(c.name(), 0);
            }
        }
        int id = 0;
        for (String name : interfaceIds.keySet().stream().sorted().toList()) {
            interfaceIds.put(name, id++);
        }
        for (ClassModel c : reach.instantiated()) {
            classInfoSymbol(c.name());
        }
        for (String t : reach.usedTypes()) {
            classInfoSymbol(t);
        }
    }

    /** @return the dispatch tables */
    public DispatchTables dispatch() {
        return dispatch;
    }

    /** @return the world */
    public World world() {
        return world;
    }

    @Override
    public Target target() {
        return target;
    }

    @Override
    public boolean verifyHeap() {
        return verifyHeap;
    }

    @Override
    public String classInfoSymbol(String typeName) {
        classInfos.add(typeName);
        return "class:" + typeName;
    }

    @Override
    public String stringSymbol(String literal) {
        return strings.computeIfAbsent(literal, s -> "string:" + strings.size());
    }

    /** @return literals in first-use order with their symbols */
    public Map<String, String> strings() {
        return strings;
    }

    /** @return every type whose ClassInfo has been referred to (grows while data is emitted) */
    public Set<String> classInfos() {
        return classInfos;
    }

    @Override
    public MethodRef uniqueImplementation(MethodRef method) {
        return dispatch.uniqueImplementation(method);
    }

    @Override
    public int vtableSlot(MethodRef method) {
        return dispatch.vtableSlot(method);
    }

    @Override
    public int interfaceSelector(MethodRef method) {
        return dispatch.interfaceSelector(method);
    }

    @Override
    public int classDepth(String className) {
        return world.get(className).depth();
    }

    @Override
    public boolean isInterface(String typeName) {
        return !typeName.startsWith("[") && world.get(typeName).isInterface();
    }

    @Override
    public int interfaceId(String interfaceName) {
        return interfaceIds.get(interfaceName);
    }

    /** @return how many interfaces have ids (the width of every interface bitset) */
    public int interfaceCount() {
        return interfaceIds.size();
    }

    @Override
    public int instanceSize(String className) {
        return world.get(className).instanceSize();
    }

    @Override
    public void addExceptionEntry(dev.moka.assembler.compiler.backend.ExceptionEntry entry) {
        exceptionEntries.add(entry);
        if (entry.catchType() != null) {
            classInfoSymbol(entry.catchType());
        }
    }

    /** @return the exception-table rows in the order they were recorded */
    public java.util.List<dev.moka.assembler.compiler.backend.ExceptionEntry> exceptionEntries() {
        return exceptionEntries;
    }

    private final java.util.List<dev.moka.assembler.compiler.backend.MethodInfo> methodInfos = new java.util.ArrayList<>();

    private final java.util.List<String> stackMapSites = new java.util.ArrayList<>();
    private final java.util.List<int[]> stackMapSlots = new java.util.ArrayList<>();
    private final java.util.List<Integer> stackMapAddends = new java.util.ArrayList<>();

    private final java.util.Set<String> lazyClasses = new java.util.HashSet<>();

    /** @param classes the classes initialised on first use rather than at start */
    public void setLazyClasses(java.util.Collection<String> classes) {
        lazyClasses.addAll(classes);
    }

    @Override
    public String lazyInitializer(String className) {
        return lazyClasses.contains(className) ? initializerSymbol(className) : null;
    }

    /** @param className a lazily initialised class @return the symbol of its initialiser routine */
    public static String initializerSymbol(String className) {
        return "init:" + className;
    }

    @Override
    public void addStackMap(String returnSymbol, int[] slots) {
        stackMapSites.add(returnSymbol);
        stackMapSlots.add(slots.clone());
        stackMapAddends.add(0);
    }

    @Override
    public void addFaultStackMap(String faultSymbol, int[] slots) {
        stackMapSites.add(faultSymbol);
        stackMapSlots.add(slots.clone());
        stackMapAddends.add(1);
    }

    /** @return for each stack map, what is added to its symbol's address to give the key (1 for fault sites) */
    public java.util.List<Integer> stackMapAddends() {
        return stackMapAddends;
    }

    /** @return the return-address symbols of every call site, in code order */
    public java.util.List<String> stackMapSites() {
        return stackMapSites;
    }

    /** @return for each call site, the frame offsets of live references */
    public java.util.List<int[]> stackMapSlots() {
        return stackMapSlots;
    }

    @Override
    public void addMethodInfo(dev.moka.assembler.compiler.backend.MethodInfo info) {
        methodInfos.add(info);
    }

    /** @return the stack-trace facts of every compiled method, in code order */
    public java.util.List<dev.moka.assembler.compiler.backend.MethodInfo> methodInfos() {
        return methodInfos;
    }

    @Override
    public boolean isThrowable(String className) {
        return world.get(className).isSubtypeOf(world.get("java/lang/Throwable"));
    }

    @Override
    public String runtimeMethod(String name, String descriptor) {
        return RUNTIME + "." + name + descriptor;
    }
}
