package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.assembler.linux.LinuxExecutableBuilder;
import dev.moka.assembler.moka.MokaExecutableBuilder;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.Unistd;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java user programs of the boot tests ({@code src/test/resources/user}), compiled with javac
 * against relibc and then by Moka's compiler for the Moka user target, with a 4 MiB heap.
 */
final class JavaUserPrograms {
    private static final long USER_HEAP = 4L << 20;

    private final Path classes;

    private JavaUserPrograms(Path classes) {
        this.classes = classes;
    }

    /**
     * @param work     a folder for the class files
     * @param programs the programs' class names
     * @return the programs, compiled by javac
     */
    static JavaUserPrograms javac(Path work, String... programs) throws Exception {
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> javac = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "21", "-d", classes.toString(), "-cp",
                classesOf(Unistd.class) + File.pathSeparator + classesOf(SyscallNumbers.class)));
        for (String program : programs) {
            javac.add("src/test/resources/user/" + program + ".java");
        }
        assertEquals(0, new ProcessBuilder(javac).inheritIO().start().waitFor(), "javac failed");
        return new JavaUserPrograms(classes);
    }

    /** @param mainClass one of the programs @return its Moka user executable */
    byte[] executable(String mainClass) throws Exception {
        LinuxExecutableBuilder.Options options = MokaExecutableBuilder.defaultOptions();
        return MokaExecutableBuilder.build(List.of(classes, classesOf(Unistd.class), classesOf(SyscallNumbers.class)),
                mainClass, new LinuxExecutableBuilder.Options(options.planClass(), USER_HEAP, false, options.library()));
    }

    private static Path classesOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
