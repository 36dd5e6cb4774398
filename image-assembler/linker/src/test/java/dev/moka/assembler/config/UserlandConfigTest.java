package dev.moka.assembler.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moka.userland.Programs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code [userland]} table: what it picks, its defaults, and the messages for what is wrong. */
class UserlandConfigTest {
    private static ImageConfig parse(String text) throws ConfigException {
        return ImageConfigLoader.parse(text, java.nio.file.Path.of("config.toml"));
    }

    private static String problem(String text) {
        return assertThrows(ConfigException.class, () -> parse(text)).getMessage();
    }

    @Test
    void anEmptyTableTakesEveryPackageAndTheDefaultScript() throws Exception {
        ImageConfig.UserlandSection userland = parse("[userland]\n").userland();
        assertEquals(Programs.packages(), userland.packages());
        assertEquals(Programs.DEFAULT_INIT_RC, userland.initRc());
    }

    @Test
    void packagesAlwaysStartWithBaseAndAreNotRepeated() throws Exception {
        ImageConfig.UserlandSection userland = parse("""
                [userland]
                packages = ["usertests", "coreutils", "usertests"]
                init-rc = "echo hi"
                """).userland();
        assertEquals(List.of("base", "usertests", "coreutils"), userland.packages());
        assertEquals("echo hi", userland.initRc());
    }

    @Test
    void anImageWithoutTheTableHasNoUserland() throws Exception {
        assertNull(parse("[kernel]\nscheduler = \"eevdf\"\n").userland());
    }

    @Test
    void theDefaultImageBootsToTheShell() throws Exception {
        assertEquals(List.of("base", "coreutils", "usertests", "sysbench"), ImageConfigLoader.loadDefault().userland().packages());
    }

    @Test
    void aSystemThatBootsToAShellCollectsItsKernelHeapUnlessTheConfigSaysOtherwise() throws Exception {
        assertEquals("mark-sweep", parse("[userland]\n").kernel().heap());
        assertEquals("mark-sweep", ImageConfigLoader.loadDefault().kernel().heap());
        assertEquals("bump", parse("[kernel]\nheap = \"bump\"\n[userland]\n").kernel().heap());
        assertEquals("bump", parse("[workload]\nthread-churn = 5\n").kernel().heap());
    }

    @Test
    void mistakesNameTheLineAndWhatIsAvailable() {
        assertEquals("config.toml:2: unknown package \"games\" in [userland]; available: base, coreutils, usertests, sysbench",
                problem("[userland]\npackages = [\"games\"]\n"));
        assertEquals("config.toml:2: unknown key \"programs\" in [userland]; known keys: init-rc, packages",
                problem("[userland]\nprograms = []\n"));
        assertEquals("config.toml:2: \"init-rc\" in [userland] must be a string of at most 65536 characters",
                problem("[userland]\ninit-rc = 3\n"));
        String both = problem("[workload]\nthread-churn = 5\n[userland]\n");
        assertEquals(true, both.endsWith("an image has either a [workload], which the kernel runs and reports on, "
                + "or a [userland], which boots to init and a shell; not both"), both);
    }
}
