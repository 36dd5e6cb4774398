package dev.moka.testkit.scheme;

import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.schemes.RamScheme;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The RAM file system under the scheme kit, creating in a subdirectory beside a file with contents. */
class RamSchemeContractTest extends SchemeContract {
    @Override
    protected Scheme newScheme() {
        RamScheme ram = new RamScheme(1 << 20);
        SchemeChecks setup = new SchemeChecks(ram);
        setup.close(setup.openOk("docs", OpenFlags.O_CREAT | OpenFlags.O_DIRECTORY | OpenFlags.O_RDONLY));
        long readme = setup.openOk("docs/readme", OpenFlags.O_CREAT | OpenFlags.O_WRONLY);
        setup.write(readme, "Moka keeps its files in RAM.\n".repeat(40).getBytes(StandardCharsets.US_ASCII), 0);
        setup.close(readme);
        return ram;
    }

    @Override
    protected List<String> readablePaths() {
        return List.of("", "docs", "docs/readme");
    }

    @Override
    protected String creatableDirectory() {
        return "docs";
    }
}
