package dev.moka.kernel.core;

import dev.moka.kernel.api.arch.ArchPack;

/** Line output on the boot console. Characters outside Latin-1 are written as '?'. */
final class KernelLog {
    private final ArchPack arch;

    KernelLog(ArchPack arch) {
        this.arch = arch;
    }

    void println(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            arch.consoleWrite(c < 256 ? c : '?');
        }
        arch.consoleWrite('\n');
    }
}
