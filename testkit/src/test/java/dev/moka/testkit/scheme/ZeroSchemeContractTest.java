package dev.moka.testkit.scheme;

import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.schemes.ZeroScheme;
import java.util.List;

/** {@code zero:} under the scheme kit. */
class ZeroSchemeContractTest extends SchemeContract {
    @Override
    protected Scheme newScheme() {
        return new ZeroScheme();
    }

    @Override
    protected List<String> readablePaths() {
        return List.of("");
    }
}
