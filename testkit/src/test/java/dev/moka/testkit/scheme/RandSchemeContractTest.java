package dev.moka.testkit.scheme;

import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.schemes.RandScheme;
import java.util.List;

/** {@code rand:} under the scheme kit. */
class RandSchemeContractTest extends SchemeContract {
    @Override
    protected Scheme newScheme() {
        return new RandScheme(99);
    }

    @Override
    protected List<String> readablePaths() {
        return List.of("");
    }
}
