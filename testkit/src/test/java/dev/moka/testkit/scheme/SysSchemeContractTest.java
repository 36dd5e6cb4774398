package dev.moka.testkit.scheme;

import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.SchemeRegistry;
import dev.moka.kernel.ipc.schemes.LogBuffer;
import dev.moka.kernel.ipc.schemes.ProcessInfo;
import dev.moka.kernel.ipc.schemes.SysScheme;
import java.util.List;

/** {@code sys:} under the scheme kit: its root and its four files. */
class SysSchemeContractTest extends SchemeContract {
    @Override
    protected Scheme newScheme() {
        SchemeRegistry registry = new SchemeRegistry();
        LogBuffer log = new LogBuffer();
        log.appendLine("kernel booted");
        SysScheme sys = new SysScheme(registry, () -> List.of(new ProcessInfo(1, 0, "running", "init"),
                new ProcessInfo(2, 1, "blocked", "shell")), log, "Moka\n0.1.0\nx86_64\n");
        registry.register("sys", sys);
        return sys;
    }

    @Override
    protected List<String> readablePaths() {
        return List.of("", "uname", "scheme", "context", "log");
    }
}
