package dev.moka.testkit.scheme;

import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.schemes.TimeScheme;
import java.util.List;

/** {@code time:} under the scheme kit: its root and both clocks. */
class TimeSchemeContractTest extends SchemeContract {
    @Override
    protected Scheme newScheme() {
        long[] now = {0};
        return new TimeScheme(clock -> now[0] += 1_000_003);
    }

    @Override
    protected List<String> readablePaths() {
        return List.of("", "1", "4");
    }
}
