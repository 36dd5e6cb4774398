package dev.moka.assembler.moka;

import dev.moka.assembler.compiler.backend.Target;
import dev.moka.assembler.compiler.model.BuildException;
import dev.moka.assembler.linux.LinuxExecutableBuilder;
import java.nio.file.Path;
import java.util.List;

/**
 * Compiles a program's {@code main(String[])} into a Moka user executable: the same static ELF64
 * executable as for Linux, linked at the start of the user half of a Moka process's address space,
 * whose runtime seam makes Redox-numbered system calls ({@link Target#MOKA}). The kernel loads it from
 * the initfs into a process of its own, with its own heap.
 */
public final class MokaExecutableBuilder {
    /** Where user executables are loaded: the first address of the user range (512 GiB). */
    public static final long LOAD_ADDRESS = 512L << 30;
    /** The stack the kernel gives a process's main thread. */
    public static final int STACK_BYTES = 256 << 10;
    /** Java code stops this far below the first frame; the rest builds and throws StackOverflowError. */
    public static final int STACK_BUDGET = STACK_BYTES - (32 << 10);
    /** The heap of programs that ask for no other size. */
    public static final long HEAP_BYTES = 8L << 20;

    private MokaExecutableBuilder() {
    }

    /**
     * @param classPath jars and directories holding the program
     * @param mainClass binary name of the class with {@code static void main(String[])}
     * @param options   the heap plan, heap size and class library
     * @return the executable's bytes
     * @throws BuildException when a class path entry is missing, the main class is not on the class
     *         path, or a reachable method cannot be compiled
     */
    public static byte[] build(List<Path> classPath, String mainClass, LinuxExecutableBuilder.Options options)
            throws BuildException {
        return LinuxExecutableBuilder.buildFor(Target.MOKA, LOAD_ADDRESS, STACK_BUDGET, classPath, mainClass, options);
    }

    /** @return the default heap plan with a {@link #HEAP_BYTES} heap */
    public static LinuxExecutableBuilder.Options defaultOptions() {
        LinuxExecutableBuilder.Options linux = LinuxExecutableBuilder.Options.defaults();
        return new LinuxExecutableBuilder.Options(linux.planClass(), HEAP_BYTES, false, linux.library());
    }
}
