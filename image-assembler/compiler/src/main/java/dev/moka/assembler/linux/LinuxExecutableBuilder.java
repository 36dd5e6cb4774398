package dev.moka.assembler.linux;

import dev.moka.assembler.compiler.model.BuildException;
import dev.moka.assembler.compiler.Compilation;
import dev.moka.assembler.compiler.backend.Symbols;
import dev.moka.assembler.compiler.backend.Target;
import dev.moka.assembler.compiler.ClassLibrary;
import dev.moka.assembler.compiler.backend.MethodInfo;
import dev.moka.assembler.link.ElfImageWriter;
import dev.moka.assembler.link.ElfSymbolTable;
import dev.moka.assembler.link.LinkedImage;
import dev.moka.assembler.link.Linker;
import dev.moka.assembler.link.Section;
import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * Compiles a program's {@code main(String[])} into a static Linux x86_64 executable: no JVM, no libc.
 * The kernel target shares every compiler pass; only the entry code and the runtime seam differ
 * (system calls instead of the serial port).
 *
 * <p>The heap is a large zero-filled segment the kernel maps lazily, managed by the chosen heap plan.
 */
public final class LinuxExecutableBuilder {
    /** Where the executable is loaded, as for ordinary non-PIE executables. */
    public static final long LOAD_ADDRESS = 0x400000;
    /** The heap; untouched pages cost nothing. */
    public static final long HEAP_BYTES = 1L << 30;
    /**
     * The heap plan of programs that name none: mark-sweep, because a program that allocates more
     * than its heap in total must not fail for want of a collector.
     */
    public static final String DEFAULT_HEAP_PLAN = "dev.moka.kernel.mm.heap.MarkSweepPlan";
    private static final String MAIN_CLASS = "moka/image/Main";
    private static final int STACK_BUDGET = 7 << 20;
    private static final String START = "_start";
    private static final int MADVISE = 28;
    private static final int MADV_HUGEPAGE = 14;

    private LinuxExecutableBuilder() {
    }

    /**
     * Builds with the {@linkplain #DEFAULT_HEAP_PLAN default heap plan} and a {@link #HEAP_BYTES} heap.
     *
     * @param classPath jars and directories holding the program
     * @param mainClass binary name of the class with {@code public static void main(String[])}
     * @return the executable's bytes
     * @throws BuildException when a reachable method cannot be compiled
     */
    public static byte[] build(List<Path> classPath, String mainClass) throws BuildException {
        return build(classPath, mainClass, Options.defaults());
    }

    /**
     * @param classPath  jars and directories holding the program
     * @param mainClass  binary name of the class with {@code public static void main(String[])}
     * @param planClass  binary name of the heap plan's class (a {@code HeapPlan} with a public
     *                   no-argument constructor), as the linker's provider catalog resolves a plan name
     * @param heapBytes  the heap's size
     * @param verifyHeap whether the collector checks the heap after every collection
     * @return the executable's bytes
     * @throws BuildException when a class path entry does not exist or is not a directory or a jar, the main
     *         class is not on the class path or has no static {@code main(String[])}, or a reachable
     *         method cannot be compiled
     */
    public static byte[] build(List<Path> classPath, String mainClass, String planClass,
                               long heapBytes, boolean verifyHeap) throws BuildException {
        return build(classPath, mainClass, new Options(planClass, heapBytes, verifyHeap, ClassLibrary.MOKA));
    }

    /**
     * How to build a program.
     *
     * @param planClass  binary name of the heap plan's class (a {@code HeapPlan} with a public
     *                   no-argument constructor), as the linker's provider catalog resolves a plan name
     * @param heapBytes  the heap's size
     * @param verifyHeap whether the collector checks the heap after every collection
     * @param library    where the platform's classes come from
     * @param symbols    whether the executable names its methods in an ELF symbol table (for
     *                   {@code perf}, {@code objdump} and {@code gdb}; the loaded bytes are the same)
     */
    public record Options(String planClass, long heapBytes, boolean verifyHeap, ClassLibrary library, boolean symbols) {
        /**
         * Options without a symbol table.
         *
         * @param planClass  binary name of the heap plan's class
         * @param heapBytes  the heap's size
         * @param verifyHeap whether the collector checks the heap after every collection
         * @param library    where the platform's classes come from
         */
        public Options(String planClass, long heapBytes, boolean verifyHeap, ClassLibrary library) {
            this(planClass, heapBytes, verifyHeap, library, false);
        }

        /** @return the default plan and heap size, no heap checks, Moka's runtime library only */
        public static Options defaults() {
            return new Options(DEFAULT_HEAP_PLAN, HEAP_BYTES, false, ClassLibrary.MOKA);
        }

        /** @param other where the platform's classes come from @return these options with that library */
        public Options library(ClassLibrary other) {
            return new Options(planClass, heapBytes, verifyHeap, other, symbols);
        }

        /** @param named whether to write a symbol table @return these options with that choice */
        public Options symbols(boolean named) {
            return new Options(planClass, heapBytes, verifyHeap, library, named);
        }
    }

    /**
     * @param classPath jars and directories holding the program
     * @param mainClass binary name of the class with {@code static void main(String[])}
     * @param options   the heap and the class library
     * @return the executable's bytes
     * @throws BuildException when a class path entry does not exist or is not a directory or a jar, the main
     *         class is not on the class path or has no static {@code main(String[])}, or a reachable
     *         method cannot be compiled
     */
    public static byte[] build(List<Path> classPath, String mainClass, Options options) throws BuildException {
        return buildFor(Target.LINUX, LOAD_ADDRESS, STACK_BUDGET, classPath, mainClass, options);
    }

    /**
     * Builds the same static executable for another system-call ABI: one loadable segment at
     * {@code loadAddress}, entered at {@code _start} with {@code argc} at the stack pointer and the
     * argument pointers above it, as the System V ABI starts a process.
     *
     * @param target      the system calls the runtime seam makes
     * @param loadAddress where the executable is loaded
     * @param stackBudget how far below its initial stack pointer Java code may go before it throws
     *                    StackOverflowError; the system must give the process a larger stack
     * @param classPath   jars and directories holding the program
     * @param mainClass   binary name of the class with {@code static void main(String[])}
     * @param options     the heap and the class library
     * @return the executable's bytes
     * @throws BuildException as {@link #build(List, String, Options)}
     */
    public static byte[] buildFor(Target target, long loadAddress, int stackBudget, List<Path> classPath,
            String mainClass, Options options) throws BuildException {
        ClassPathCheck.check(classPath, mainClass);
        String planClass = options.planClass();
        Compilation compilation = new Compilation(target, classPath, options.library())
                .heapPlan(planClass.replace('.', '/'), options.verifyHeap());
        long heapBytes = options.heapBytes();
        compilation.define(mainWrapper(mainClass.replace('.', '/')));
        Compilation.Result code = compilation.compile(MAIN_CLASS, "start", "(IJ)V", heapBytes, Map.of());
        Assembler start = new Assembler();
        start.defineSymbol(START);
        // rbp 0 marks the outermost frame for the unwinder.
        start.movImm(32, Reg.RBP, 0);
        // Stop Java code stackBudget below the first frame, leaving the rest of the stack to build
        // and throw the StackOverflowError (Linux gives the main thread 8 MiB by default).
        start.lea(Reg.RAX, Mem.of(Reg.RSP, -stackBudget));
        start.movRipStore(64, Symbols.STACK_LIMIT, 0, Reg.RAX);
        start.movRipStore(64, Symbols.STACK_LIMIT_NORMAL, 0, Reg.RAX);
        if (target == Target.LINUX) {
            adviseHugePages(start, code.heapSymbol(), heapBytes);
        }
        start.mov(64, Reg.RDI, Mem.of(Reg.RSP, 0));
        start.lea(Reg.RSI, Mem.of(Reg.RSP, 8));
        start.aluImm(AluOp.AND, 64, Reg.RSP, -16);
        start.callSymbol(Symbols.ENTRY);
        start.ud2();
        List<Section> sections = List.of(
                new Section("start", start.toByteArray(), start.relocations(), start.definedSymbols(), 16),
                code.code(), code.data());
        LinkedImage linked = Linker.link(loadAddress, ElfImageWriter.HEADER_SIZE, sections, code.bss());
        byte[] executable = ElfImageWriter.write(linked, linked.symbols().get(START), 7);
        return options.symbols() ? ElfSymbolTable.append(executable, loadAddress, functions(code, linked)) : executable;
    }

    /**
     * {@code madvise(heap, heapBytes, MADV_HUGEPAGE)}: the heap is anonymous memory the kernel maps
     * on first touch, and the heap plan hands out fresh memory in order, so with transparent huge
     * pages one fault maps 2 MiB instead of 4 KiB (a program that allocates 64 MiB before its first
     * collection takes 32 faults instead of 16,384). Where the system offers no huge pages the call
     * fails and nothing changes.
     */
    private static void adviseHugePages(Assembler start, String heapSymbol, long heapBytes) {
        start.movImm(32, Reg.RAX, MADVISE);
        start.leaRip(Reg.RDI, heapSymbol, 0);
        start.movImm(64, Reg.RSI, heapBytes);
        start.movImm(32, Reg.RDX, MADV_HUGEPAGE);
        start.syscall();
    }

    /** Each compiled method under its Java name ({@code java.lang.String.indexOf(II)I}) where the linker put it. */
    private static List<ElfSymbolTable.Function> functions(Compilation.Result code, LinkedImage linked) {
        List<ElfSymbolTable.Function> functions = new ArrayList<>();
        for (MethodInfo m : code.methods()) {
            long start = linked.symbols().get(m.start());
            long end = linked.symbols().get(m.end());
            int paren = m.start().indexOf('(');
            String descriptor = paren < 0 ? "" : m.start().substring(paren);
            functions.add(new ElfSymbolTable.Function(m.className() + "." + m.methodName() + descriptor, start, end - start));
        }
        return functions;
    }

    /** {@code static void start(int argc, long argv) { Main.main(MokaRuntime.arguments(argc, argv)); exit(0); }} */
    private static ClassNode mainWrapper(String mainClass) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object";
            }
        };
        cw.visit(Opcodes.V21, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, MAIN_CLASS, null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "start", "(IJ)V", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ILOAD, 0);
        mv.visitVarInsn(Opcodes.LLOAD, 1);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/MokaRuntime", "arguments", "(IJ)[Ljava/lang/String;", false);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, mainClass, "main", "([Ljava/lang/String;)V", false);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/MokaRuntime", "mainReturned", "()V", false);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        ClassNode node = new ClassNode();
        new ClassReader(cw.toByteArray()).accept(node, 0);
        return node;
    }
}
