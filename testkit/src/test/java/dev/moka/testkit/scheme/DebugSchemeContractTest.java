package dev.moka.testkit.scheme;

import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.schemes.DebugScheme;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code debug:} under the scheme kit, with some console input queued. */
class DebugSchemeContractTest extends SchemeContract {
    @Override
    protected Scheme newScheme() {
        DebugScheme debug = new DebugScheme((bytes, offset, length) -> { }, Blocker.refusing());
        debug.offerInput("typed\n".getBytes(StandardCharsets.US_ASCII), 0, 6);
        return debug;
    }

    @Override
    protected List<String> readablePaths() {
        return List.of("");
    }
}
