package dev.moka.testkit.scheme;

import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.schemes.NullScheme;
import java.util.List;

/** {@code null:} under the scheme kit. */
class NullSchemeContractTest extends SchemeContract {
    @Override
    protected Scheme newScheme() {
        return new NullScheme();
    }

    @Override
    protected List<String> readablePaths() {
        return List.of("");
    }
}
