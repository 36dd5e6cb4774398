package dev.moka.userland.services;

import dev.moka.kernel.ipc.Scheme;
import dev.moka.testkit.scheme.HostedDaemon;
import dev.moka.testkit.scheme.SchemeContract;
import java.util.List;

/** ramfsd's file system, served through the kernel's user-scheme records, under the scheme contract. */
class RamFsContractTest extends SchemeContract {
    @Override
    protected Scheme newScheme() {
        return new HostedDaemon("file", new RamFs(1 << 20)).scheme();
    }

    @Override
    protected List<String> readablePaths() {
        return List.of("");
    }

    @Override
    protected String creatableDirectory() {
        return "";
    }
}
