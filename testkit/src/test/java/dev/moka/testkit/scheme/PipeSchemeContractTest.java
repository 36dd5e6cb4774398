package dev.moka.testkit.scheme;

import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.schemes.PipeScheme;
import java.util.List;

/** {@code pipe:} under the scheme kit, as a stream whose write end comes from {@code dup(reader, "write")}. */
class PipeSchemeContractTest extends SchemeContract {
    @Override
    protected Scheme newScheme() {
        return new PipeScheme(Blocker.refusing());
    }

    @Override
    protected List<String> readablePaths() {
        return List.of("");
    }

    @Override
    protected StreamPair openStreamPair(SchemeChecks checks) {
        long reader = checks.openOk("", OpenFlags.O_RDONLY);
        return new StreamPair(reader, checks.scheme().dup(reader, "write", Caller.KERNEL));
    }
}
