package dev.moka.maven.plugin;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether QEMU is installed: tests that boot natively skip themselves without it, as Moka's boot tests do. */
final class QemuOnPath {
    private QemuOnPath() {
    }

    static boolean present() {
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
