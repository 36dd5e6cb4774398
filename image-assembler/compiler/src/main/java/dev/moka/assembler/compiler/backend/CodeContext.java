package dev.moka.assembler.compiler.backend;

import dev.moka.assembler.compiler.model.MethodRef;

/**
 * What the backend needs to know about the whole image while it compiles one method: symbols of
 * other methods, class records and literals, dispatch tables, and the target.
 */
public interface CodeContext {
    /** @return the target the image runs on */
    Target target();

    /** @return whether the collector checks the heap after every collection */
    boolean verifyHeap();

    /** @param typeName a class's internal name or an array descriptor @return its ClassInfo symbol */
    String classInfoSymbol(String typeName);

    /** @param literal a string constant @return the symbol of its interned String object */
    String stringSymbol(String literal);

    /**
     * @param method a method called with virtual or interface dispatch
     * @return its single implementation in the closed world, or null when the call must dispatch
     */
    MethodRef uniqueImplementation(MethodRef method);

    /** @param method a virtual method @return its index in the vtables of the classes that have it */
    int vtableSlot(MethodRef method);

    /** @param method an interface method @return its index in every itable */
    int interfaceSelector(MethodRef method);

    /** @param className a class (not an interface) @return its depth, java/lang/Object being 0 */
    int classDepth(String className);

    /** @param typeName a class, interface or array descriptor @return whether it is an interface */
    boolean isInterface(String typeName);

    /** @param interfaceName an interface @return its bit in every class's interface bitset */
    int interfaceId(String interfaceName);

    /** @param className a class @return its instance size in bytes */
    int instanceSize(String className);

    /**
     * @param name a static method of {@code java/lang/MokaRuntime} @param descriptor its descriptor
     * @return the symbol of its compiled code
     */
    String runtimeMethod(String name, String descriptor);

    /**
     * Records that exceptions thrown by code between two symbols go to a handler.
     *
     * @param entry the range, handler and caught class of one exception-table entry
     */
    void addExceptionEntry(ExceptionEntry entry);

    /**
     * Records the stack map of a call site: which frame slots hold live references when the call
     * returns to {@code returnSymbol}.
     *
     * @param returnSymbol symbol of the return address
     * @param slots        offsets from rbp
     */
    void addStackMap(String returnSymbol, int[] slots);

    /**
     * Records the stack map of an instruction that may fault (a CPU exception the arch pack turns into
     * a Java exception). The fault path makes the faulting address plus one the return address of
     * the throwing frame, so the map is keyed by that address.
     *
     * @param faultSymbol symbol of the faulting instruction's first byte
     * @param slots       offsets from rbp
     */
    void addFaultStackMap(String faultSymbol, int[] slots);

    /**
     * @param className a class used from outside its own code
     * @return the symbol of its first-use initialiser, or null when it is initialised at start (or
     *         has nothing to initialise)
     */
    String lazyInitializer(String className);

    /** @param info the stack-trace facts of a method just compiled */
    void addMethodInfo(MethodInfo info);

    /** @param className a class @return whether it is java/lang/Throwable or a subclass */
    boolean isThrowable(String className);
}
