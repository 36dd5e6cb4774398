package dev.moka.testkit.scheme;

import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.schemes.RamScheme;
import java.util.List;

/** The RAM file system under the scheme kit, empty, creating at its root. */
class RamSchemeRootContractTest extends SchemeContract {
    @Override
    protected Scheme newScheme() {
        return new RamScheme(1 << 20);
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
