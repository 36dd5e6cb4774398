package dev.moka.maven.plugin;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * QEMU for the tests that boot natively: a missing QEMU fails them with the command that installs it,
 * never skips them, as Moka's boot tests do.
 */
final class QemuOnPath {
    private QemuOnPath() {
    }

    /** Fails the test, saying how to install QEMU, unless {@code qemu-system-x86_64} is on the PATH. */
    static void require() {
        if (!present()) {
            throw new AssertionError("qemu-system-x86_64 is not on the PATH; the boot tests need it: "
                    + "apt-get install -y --no-install-recommends qemu-system-x86");
        }
    }

    private static boolean present() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "qemu-system-x86_64"))) {
                return true;
            }
        }
        return false;
    }
}
