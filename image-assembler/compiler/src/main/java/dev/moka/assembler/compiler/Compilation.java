package dev.moka.assembler.compiler;

import dev.moka.assembler.compiler.model.BuildException;
import dev.moka.assembler.compiler.backend.MethodCompiler;
import dev.moka.assembler.compiler.backend.Symbols;
import dev.moka.assembler.compiler.backend.Target;
import dev.moka.assembler.compiler.front.ClassFileException;
import dev.moka.assembler.compiler.front.ClassPool;
import dev.moka.assembler.compiler.ir.BoundsCheckElimination;
import dev.moka.assembler.compiler.ir.CompareFusion;
import dev.moka.assembler.compiler.ir.ConstantOperands;
import dev.moka.assembler.compiler.ir.CopyCoalescing;
import dev.moka.assembler.compiler.ir.Inliner;
import dev.moka.assembler.compiler.ir.Insn;
import dev.moka.assembler.compiler.ir.IntegerIdioms;
import dev.moka.assembler.compiler.ir.Intrinsics;
import dev.moka.assembler.compiler.ir.LocalRenaming;
import dev.moka.assembler.compiler.ir.LoopVersioning;
import dev.moka.assembler.compiler.ir.IrMethod;
import dev.moka.assembler.compiler.model.ClassModel;
import dev.moka.assembler.compiler.model.MethodRef;
import dev.moka.assembler.compiler.model.MissingClassException;
import dev.moka.assembler.compiler.model.World;
import dev.moka.assembler.compiler.regalloc.Allocation;
import dev.moka.assembler.compiler.regalloc.LinearScan;
import dev.moka.assembler.compiler.world.DispatchTables;
import dev.moka.assembler.compiler.world.ImageContext;
import dev.moka.assembler.compiler.world.ImageData;
import dev.moka.assembler.compiler.world.Reachability;
import dev.moka.assembler.compiler.world.UnreferencedMethods;
import dev.moka.assembler.link.Section;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Reg;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.tree.ClassNode;

/**
 * One run of the compiler over a closed world, from an entry method to a code section and a data
 * section ready for the linker. The pipeline, in order:
 * <ol>
 *   <li>reachability from the entry and the runtime's roots, building each method's IR;</li>
 *   <li>dispatch tables (vtables, itables, devirtualised calls);</li>
 *   <li>the entry routine: static initialisers in dependency order, then the entry method;</li>
 *   <li>each method: register allocation and x86_64 emission;</li>
 *   <li>the data section: class records, statics, string literals, heap bounds.</li>
 * </ol>
 */
public final class Compilation {
    /** Runtime methods compiled code calls on its slow paths; always part of the image. */
    private static final String[][] RUNTIME_ROOTS = {
        {"uncaught", "(Ljava/lang/Throwable;)V"},
        {"throwNullPointer", "()V"},
        {"throwArrayIndex", "(II)V"},
        {"throwDivideByZero", "()V"},
        {"throwNegativeArraySize", "(I)V"},
        {"throwClassCast", "(Ljava/lang/Object;Ljava/lang/String;)V"},
        {"throwOutOfMemory", "()V"},
        {"findHandler", "(Ljava/lang/Throwable;J)J"},
        {"frameBytesAt", "(J)J"},
        {"isInstanceOfArray", "(Ljava/lang/Object;J)Z"},
        {"checkStore", "([Ljava/lang/Object;Ljava/lang/Object;)V"},
        {"throwStackOverflow", "()V"},
        {"throwNullPointerMessage", "(Ljava/lang/String;)V"},
    };

    private final Target target;
    private final World world;
    private String heapPlanClass = DEFAULT_HEAP_PLAN;
    private boolean verifyHeap;

    /** The plan of images that name none: the bump plan, which never collects. */
    public static final String DEFAULT_HEAP_PLAN = "dev/moka/kernel/mm/heap/BumpPlan";

    /**
     * The compiled image parts.
     *
     * @param code            the code section: the entry routine, then every method
     * @param data            the data section
     * @param heapSymbol      the bss symbol the heap must be placed at
     * @param methodsCompiled number of methods compiled
     * @param bytecodeBytes   total bytecode size of those methods
     * @param bss             zero-filled blocks the sections need: the heap, the collector's metadata
     * @param methods         every compiled method's code range, names and line table, in code order
     */
    public record Result(Section code, Section data, String heapSymbol, int methodsCompiled, long bytecodeBytes,
                         List<dev.moka.assembler.link.Linker.Bss> bss,
                         List<dev.moka.assembler.compiler.backend.MethodInfo> methods) {
        /** Copies the method list. */
        public Result {
            methods = List.copyOf(methods);
        }
    }

    /**
     * @param planClass  internal name of the {@code HeapPlan} provider compiled into the image
     * @param verifyHeap whether the plan checks the heap after every collection
     * @return this
     */
    public Compilation heapPlan(String planClass, boolean verifyHeap) {
        this.heapPlanClass = planClass;
        this.verifyHeap = verifyHeap;
        return this;
    }

    /**
     * @param target    what the code runs on
     * @param classPath jars and directories to read classes from; empty for the compiler's class loader
     */
    public Compilation(Target target, List<Path> classPath) {
        this(target, classPath, ClassLibrary.MOKA);
    }

    /**
     * @param target    what the code runs on
     * @param classPath jars and directories to read classes from; empty for the compiler's class loader
     * @param library   where the platform's classes come from
     */
    public Compilation(Target target, List<Path> classPath, ClassLibrary library) {
        this.target = target;
        this.world = new World(new ClassPool(classPath, library));
    }

    /** @param node a class generated by the build, added to the closed world */
    public void define(ClassNode node) {
        world.pool().define(node);
    }

    /**
     * @param entryClass      class of the entry method
     * @param entryName       entry method name; static, taking at most two arguments
     * @param entryDescriptor its descriptor
     * @param heapBytes       heap size
     * @param staticSymbols   static fields whose initial value is a linker symbol's address
     * @return the code and data sections
     * @throws BuildException when a reachable method cannot be compiled
     */
    public Result compile(String entryClass, String entryName, String entryDescriptor, long heapBytes,
                          Map<String, String> staticSymbols) throws BuildException {
        return compile(entryClass, entryName, entryDescriptor, heapBytes, staticSymbols, List.of());
    }

    /**
     * @param entryClass      class of the entry method
     * @param entryName       entry method name; static, taking at most two arguments
     * @param entryDescriptor its descriptor
     * @param heapBytes       heap size
     * @param staticSymbols   static fields whose initial value is a linker symbol's address
     * @param extraRoots      methods called from outside compiled code (by the arch pack's boot code),
     *                        as method symbols {@code internal/Name.method(descriptor)}
     * @return the code and data sections
     * @throws BuildException when a reachable method cannot be compiled
     */
    public Result compile(String entryClass, String entryName, String entryDescriptor, long heapBytes,
                          Map<String, String> staticSymbols, List<String> extraRoots) throws BuildException {
        Reachability reach = new Reachability(world);
        MethodRef entry;
        MethodRef heapSetup;
        try {
            entry = world.resolveMethod(entryClass, entryName, entryDescriptor);
            for (String[] root : RUNTIME_ROOTS) {
                reach.addRoot(world.resolveMethod("java/lang/MokaRuntime", root[0], root[1]));
            }
            reach.addInstantiated("java/lang/String");
            // Every class record comes with a Class object in the data section.
            reach.addInstantiated("java/lang/Class");
            reach.addRoot(world.resolveMethod(Intrinsics.HEAP, "allocateObject", "(J)Ljava/lang/Object;"));
            reach.addRoot(world.resolveMethod(Intrinsics.HEAP, "allocateArray", "(JI)Ljava/lang/Object;"));
            world.pool().define(HeapSetup.generate(heapPlanClass));
            heapSetup = world.resolveMethod(HeapSetup.CLASS, HeapSetup.METHOD, "()V");
            reach.addRoot(heapSetup);
            reach.addUsedType("[C");
            reach.addRoot(entry);
            // Class objects of enums hand out their constants (Enum.valueOf), so values() is kept.
            for (ClassModel c : List.copyOf(reach.instantiated())) {
                if (c.superClass() != null && c.superClass().name().equals("java/lang/Enum")) {
                    var values = c.declaredMethod("values", "()[L" + c.name() + ";");
                    if (values != null) {
                        reach.addRoot(new MethodRef(c, values));
                    }
                }
            }
            for (String root : extraRoots) {
                int dot = root.lastIndexOf('.', root.indexOf('('));
                int paren = root.indexOf('(');
                MethodRef m = world.resolveMethod(root.substring(0, dot), root.substring(dot + 1, paren),
                        root.substring(paren));
                reach.addRoot(m);
                reach.initialize(m.owner());
            }
        } catch (MissingClassException | ClassFileException e) {
            throw new BuildException(e.getMessage());
        }
        try {
            return compileReached(reach, entry, heapSetup, heapBytes, staticSymbols);
        } catch (MissingClassException | ClassFileException e) {
            // Reachability resolves every class the image needs; this is what a gap in it looks like.
            throw new BuildException(e.getMessage(), e);
        }
    }

    private Result compileReached(Reachability reach, MethodRef entry, MethodRef heapSetup, long heapBytes,
                                  Map<String, String> staticSymbols) throws BuildException {
        DispatchTables dispatch = new DispatchTables(reach);
        ImageContext context = new ImageContext(target, verifyHeap, reach, dispatch);

        List<ClassModel> lazy = lazyClasses(reach);
        java.util.Set<String> lazyNames = new java.util.LinkedHashSet<>();
        lazy.forEach(c -> lazyNames.add(c.name()));
        context.setLazyClasses(lazyNames);
        List<MethodRef> eager = new ArrayList<>();
        for (MethodRef clinit : initializationOrder(reach)) {
            if (!lazyNames.contains(clinit.owner().name())) {
                eager.add(clinit);
            }
        }
        Assembler code = new Assembler();
        emitEntryRoutine(code, heapSetup, eager, entry);
        for (ClassModel c : lazy) {
            emitInitializer(code, c, lazyNames);
        }
        emitThrowRoutine(code, context);
        optimize(reach, dispatch);
        long bytecode = 0;
        code.align(16, 0xcc);
        code.defineSymbol(Symbols.JAVA_CODE_START);
        Map<IrMethod, Allocation> allocations = allocate(reach.methods().values());
        boolean floatsPreserved = allocations.values().stream().anyMatch(a -> !a.calleeSavedFloat().isEmpty());
        for (IrMethod ir : reach.methods().values()) {
            code.align(16, 0xcc);
            try {
                Allocation allocation = allocations.get(ir);
                if (floatsPreserved && ir.hasHandlers()) {
                    allocation = allocation.savingEveryPreservedFloat();
                }
                MethodCompiler.compile(code, context, ir, allocation);
            } catch (RuntimeException e) {
                throw new BuildException("cannot compile " + ir.source().display() + ": " + e.getMessage(), e);
            }
            bytecode += dev.moka.assembler.compiler.front.BytecodeSize.of(ir.source().method());
        }
        code.defineSymbol(Symbols.JAVA_CODE_END);
        Assembler data = ImageData.emit(context, heapBytes, staticSymbols, lazyNames);
        return new Result(
                new Section("code", code.toByteArray(), code.relocations(), code.definedSymbols(), 16),
                new Section("data", data.toByteArray(), data.relocations(), data.definedSymbols(), 16),
                ImageData.HEAP_START, reach.methods().size(), bytecode, bss(heapBytes), context.methodInfos());
    }

    /**
     * Allocates registers for every method before any is compiled, so that whether methods with
     * handlers must save the SSE registers calls preserve can depend on whether any method takes one
     * (see {@link LinearScan#allocateWithoutFloatSaves}).
     */
    private static Map<IrMethod, Allocation> allocate(java.util.Collection<IrMethod> methods) throws BuildException {
        Map<IrMethod, Allocation> allocations = new java.util.IdentityHashMap<>();
        for (IrMethod ir : methods) {
            try {
                allocations.put(ir, LinearScan.allocateWithoutFloatSaves(ir));
            } catch (RuntimeException e) {
                throw new BuildException("cannot compile " + ir.source().display() + ": " + e.getMessage(), e);
            }
        }
        return allocations;
    }

    /**
     * Once the closed world is known (a virtual call with one implementation names its callee for
     * sure): replaces calls by their callees' bodies as the inlining policy chooses, drops the
     * methods that inlining left without callers, then per method gives block-local values
     * registers of their own, drops the moves of loads and stores, folds integer constants into the
     * arithmetic that reads them, fuses comparisons with their branches, rewrites integer idioms
     * (unsigned widening, comparisons as values), gives counting loops a copy for when their
     * accesses provably stay in bounds, and drops the null and bounds checks that cannot fail.
     */
    private static void optimize(Reachability reach, DispatchTables dispatch) {
        Inliner inliner = new Inliner(
                inv -> inv.dispatch() == Insn.Dispatch.DIRECT ? inv.target() : dispatch.uniqueImplementation(inv.target()),
                m -> reach.methods().get(m.symbol()),
                dispatch::implementationIn);
        for (IrMethod ir : reach.methods().values()) {
            inliner.inlineInto(ir);
        }
        UnreferencedMethods.drop(reach, dispatch);
        for (IrMethod ir : reach.methods().values()) {
            LocalRenaming.run(ir);
            CopyCoalescing.run(ir);
            ConstantOperands.run(ir);
            CompareFusion.run(ir);
            IntegerIdioms.run(ir);
            LoopVersioning.run(ir);
            BoundsCheckElimination.run(ir);
        }
    }

    private List<dev.moka.assembler.link.Linker.Bss> bss(long heapBytes) {
        List<dev.moka.assembler.link.Linker.Bss> blocks = new ArrayList<>();
        blocks.add(new dev.moka.assembler.link.Linker.Bss(ImageData.HEAP_START, heapBytes, 4096));
        return blocks;
    }

    /**
     * Superclasses first, then each class after the classes its initialiser refers to (as far as
     * that order exists: a cycle is broken where it is found, as the JVM would at run time).
     */
    private List<MethodRef> initializationOrder(Reachability reach) {
        Set<ClassModel> ordered = new LinkedHashSet<>();
        Set<ClassModel> visiting = new LinkedHashSet<>();
        for (ClassModel c : reach.initialized()) {
            visit(c, reach, ordered, visiting);
        }
        List<MethodRef> clinits = new ArrayList<>();
        for (ClassModel c : ordered) {
            MethodRef clinit = Reachability.clinit(c);
            if (clinit != null) {
                clinits.add(clinit);
            }
        }
        return clinits;
    }

    private void visit(ClassModel c, Reachability reach, Set<ClassModel> ordered, Set<ClassModel> visiting) {
        if (c == null || ordered.contains(c) || !visiting.add(c)) {
            return;
        }
        visit(c.superClass(), reach, ordered, visiting);
        MethodRef clinit = Reachability.clinit(c);
        if (clinit != null) {
            IrMethod ir = reach.methods().get(clinit.symbol());
            for (String dependency : ClassReferences.of(ir)) {
                ClassModel d = world.get(dependency);
                if (reach.initialized().contains(d)) {
                    visit(d, reach, ordered, visiting);
                }
            }
        }
        ordered.add(c);
    }

    /**
     * Classes initialised on first use, as the JVM does: every class with a static initialiser (or a
     * superclass that has one) outside the runtime library, whose own initialisers only build its
     * data and so run at start in dependency order. Interfaces are initialised at start. Classes
     * compiled from the JDK's bytecode are initialised on first use too: their initialisers may do
     * anything.
     */
    private List<ClassModel> lazyClasses(Reachability reach) {
        List<ClassModel> lazy = new ArrayList<>();
        for (ClassModel c : reach.initialized()) {
            if (needsLazyInit(c)) {
                lazy.add(c);
            }
        }
        return lazy;
    }

    private boolean needsLazyInit(ClassModel c) {
        if (c == null || c.isInterface() || c.name().startsWith("moka/")
                || c.name().startsWith("java/") && !world.pool().isFromJdk(c.name())) {
            return false;
        }
        return Reachability.clinit(c) != null || needsLazyInit(c.superClass());
    }

    /**
     * init:C: if C's state word is 0, mark it running, initialise the superclass, run C's static
     * initialiser and mark it done. A proper frame keeps the frame-pointer chain intact for stack
     * maps, traces and unwinding; a running state (a cycle) returns at once, as on the JVM.
     */
    private static void emitInitializer(Assembler asm, ClassModel c, java.util.Set<String> lazy) {
        dev.moka.assembler.x86.Label done = asm.newLabel();
        String state = Symbols.initState(c.name());
        asm.align(16, 0xcc);
        asm.defineSymbol(ImageContext.initializerSymbol(c.name()));
        asm.push(Reg.RBP);
        asm.mov(64, Reg.RBP, Reg.RSP);
        asm.movRipLoad(64, Reg.RAX, state, 0);
        asm.test(64, Reg.RAX, Reg.RAX);
        asm.jcc(dev.moka.assembler.x86.Cond.NE, done);
        asm.movImm(32, Reg.RAX, 1);
        asm.movRipStore(64, state, 0, Reg.RAX);
        if (c.superClass() != null && lazy.contains(c.superClass().name())) {
            asm.callSymbol(ImageContext.initializerSymbol(c.superClass().name()));
        }
        MethodRef clinit = Reachability.clinit(c);
        if (clinit != null) {
            asm.callSymbol(clinit.symbol());
        }
        asm.movImm(32, Reg.RAX, 2);
        asm.movRipStore(64, state, 0, Reg.RAX);
        asm.bind(done);
        asm.pop(Reg.RBP);
        asm.ret();
    }

    /**
     * moka_throw(exception): table-driven unwinding over the frame-pointer chain. For the frame
     * holding the current pc, ask the runtime for a handler; if there is one, reset rbp and rsp to
     * that frame and jump to it with the exception in rax; else move to the caller's frame. At the
     * outermost frame (rbp 0) the exception is uncaught.
     */
    private static void emitThrowRoutine(Assembler asm, ImageContext context) {
        dev.moka.assembler.x86.Label next = asm.newLabel();
        dev.moka.assembler.x86.Label found = asm.newLabel();
        dev.moka.assembler.x86.Label uncaught = asm.newLabel();
        asm.align(16, 0xcc);
        asm.defineSymbol(Symbols.THROW);
        asm.mov(64, Reg.R12, Reg.RDI);
        asm.mov(64, Reg.R13, dev.moka.assembler.x86.Mem.of(Reg.RSP, 0));
        asm.mov(64, Reg.R14, Reg.RBP);
        asm.aluImm(dev.moka.assembler.x86.AluOp.AND, 64, Reg.RSP, -16);
        asm.bind(next);
        asm.mov(64, Reg.RDI, Reg.R12);
        asm.lea(Reg.RSI, dev.moka.assembler.x86.Mem.of(Reg.R13, -1));
        asm.callSymbol(context.runtimeMethod("findHandler", "(Ljava/lang/Throwable;J)J"));
        asm.test(64, Reg.RAX, Reg.RAX);
        asm.jcc(dev.moka.assembler.x86.Cond.NE, found);
        asm.test(64, Reg.R14, Reg.R14);
        asm.jcc(dev.moka.assembler.x86.Cond.E, uncaught);
        asm.mov(64, Reg.R13, dev.moka.assembler.x86.Mem.of(Reg.R14, 8));
        asm.mov(64, Reg.R14, dev.moka.assembler.x86.Mem.of(Reg.R14, 0));
        asm.jmp(next);
        asm.bind(found);
        asm.mov(64, Reg.R15, Reg.RAX);
        asm.lea(Reg.RDI, dev.moka.assembler.x86.Mem.of(Reg.R13, -1));
        asm.callSymbol(context.runtimeMethod("frameBytesAt", "(J)J"));
        asm.movRipLoad(64, Reg.RCX, Symbols.STACK_LIMIT_NORMAL, 0);
        asm.movRipStore(64, Symbols.STACK_LIMIT, 0, Reg.RCX);
        asm.mov(64, Reg.RBP, Reg.R14);
        asm.mov(64, Reg.RSP, Reg.R14);
        asm.alu(dev.moka.assembler.x86.AluOp.SUB, 64, Reg.RSP, Reg.RAX);
        asm.mov(64, Reg.RAX, Reg.R12);
        asm.jmp(Reg.R15);
        asm.bind(uncaught);
        asm.mov(64, Reg.RDI, Reg.R12);
        asm.callSymbol(context.runtimeMethod("uncaught", "(Ljava/lang/Throwable;)V"));
        asm.ud2();
    }

    /**
     * moka_entry(a, b): start the heap plan, run every static initialiser, then the entry method with
     * the two arguments it was given (the boot information in a kernel; argc and argv in a Linux
     * executable).
     */
    private static void emitEntryRoutine(Assembler asm, MethodRef heapSetup, List<MethodRef> clinits, MethodRef entry) {
        asm.defineSymbol(Symbols.ENTRY);
        asm.push(Reg.RBX);
        asm.push(Reg.R12);
        asm.push(Reg.R13);
        asm.mov(64, Reg.RBX, Reg.RDI);
        asm.mov(64, Reg.R12, Reg.RSI);
        asm.callSymbol(heapSetup.symbol());
        for (MethodRef clinit : clinits) {
            asm.callSymbol(clinit.symbol());
        }
        asm.mov(64, Reg.RDI, Reg.RBX);
        asm.mov(64, Reg.RSI, Reg.R12);
        asm.callSymbol(entry.symbol());
        asm.pop(Reg.R13);
        asm.pop(Reg.R12);
        asm.pop(Reg.RBX);
        asm.ret();
    }
}
