package dev.moka.userland.services;

import dev.moka.kernel.ipc.Scheme;
import dev.moka.testkit.scheme.FileSchemeContract;
import dev.moka.testkit.scheme.HostedDaemon;

/** ramfsd's file system, through the kernel's user-scheme records, against the file-system model. */
class RamFsFileContractTest extends FileSchemeContract {
    @Override
    protected Scheme newScheme() {
        return new HostedDaemon("file", new RamFs(1 << 20)).scheme();
    }
}
