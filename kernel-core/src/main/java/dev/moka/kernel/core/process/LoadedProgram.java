package dev.moka.kernel.core.process;

import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.api.mm.UserAddressSpace;
import dev.moka.kernel.api.syscall.Errno;

/**
 * An executable checked and loaded into a new user space, ready to run, or why it could not be: the
 * one way both {@link ProgramRunner} and {@link ProcessSystem} start a program.
 *
 * @param space the program's space, null when it could not be loaded
 * @param image the loaded program, null when it could not be loaded
 * @param error the negated errno when it could not be loaded, else 0
 */
record LoadedProgram(UserAddressSpace space, ProgramImage image, long error) {
    /** Not an executable file. */
    static final int ENOEXEC = 8;

    /**
     * @param kernel the running kernel, which makes the space and logs a refused executable
     * @param file   the executable's bytes
     * @param name   how the log names the program
     * @param argv   the arguments, the program's name first
     * @param envp   the environment
     * @return the loaded program; on failure no space is left behind
     */
    static LoadedProgram load(KernelContext kernel, ByteSource file, String name, String[] argv, String[] envp) {
        UserAddressSpace space = kernel.newUserSpace();
        if (space == null) {
            return new LoadedProgram(null, null, -Errno.ENOMEM);
        }
        ProgramImage image;
        try {
            image = ProgramImage.load(space, ElfExecutable.parse(file, space.start(), space.end()), file, argv, envp);
        } catch (ExecutableException e) {
            kernel.println(name + ": not started: " + e.getMessage());
            space.destroy();
            return new LoadedProgram(null, null, -ENOEXEC);
        }
        if (image == null) {
            space.destroy();
            return new LoadedProgram(null, null, -Errno.ENOMEM);
        }
        return new LoadedProgram(space, image, 0);
    }
}
