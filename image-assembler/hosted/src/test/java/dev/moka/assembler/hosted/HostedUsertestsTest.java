package dev.moka.assembler.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ConfigException;
import dev.moka.assembler.config.ImageConfigLoader;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code usertests} suite hosted: the default image boots on the simulated machine to init and
 * the shell, which runs {@code usertests} as typed on the console, each test a process of its own,
 * every program the same Java class the native image compiles, every system call served by the
 * kernel's own code. Every test must pass with the same lines as natively, the drivers' too: the
 * simulated PC has the PCI bus, CMOS clock and PS/2 controller that {@code pcid}, {@code rtcd} and
 * {@code ps2d} drive through the ports the kernel grants them.
 */
class HostedUsertestsTest {
    /** What a system that shut down wrote to the exit device. */
    static final int SHUTDOWN = 0x12;

    @Test
    void everyTestPassesHosted() throws Exception {
        List<String> names = suite();
        assertTrue(names.containsAll(List.of("driver_grants", "pci_list", "driver_restart")), names.toString());
        Run run = Run.boot("usertests\n");
        List<String> verdicts = run.lines().stream()
                .filter(line -> names.stream().anyMatch(name -> line.startsWith(name + ": ")))
                .toList();
        assertEquals(names.stream().map(name -> name + ": ok").toList(), verdicts, run.serial());
        assertTrue(run.lines().contains("usertests: " + names.size() + " passed, 0 failed"), run.serial());
        assertEquals(new HostedResult(true, SHUTDOWN, 0), run.result(), run.serial());
    }

    /** The suite's tests in their order, from the program's own table (as natively, {@code usertests} runs them all). */
    @SuppressWarnings("unchecked")
    static List<String> suite() throws ReflectiveOperationException {
        ProgramClassLoader loader = new ProgramClassLoader(HostedUsertestsTest.class.getClassLoader());
        Method all = loader.loadClass("dev.moka.userland.usertests.Tests").getDeclaredMethod("all");
        all.setAccessible(true);
        List<String> names = new ArrayList<>(((Map<String, Runnable>) all.invoke(null)).keySet());
        assertTrue(names.size() >= 35, "the suite has " + names.size() + " tests");
        return names;
    }

    /**
     * A hosted boot of the default image with text typed on its console.
     *
     * @param result how it ended
     * @param serial what the kernel and the programs wrote on the console
     */
    record Run(HostedResult result, String serial) {
        static Run boot(String typed) throws ConfigException {
            ByteArrayOutputStream serial = new ByteArrayOutputStream();
            HostedResult result = HostedRunner.run(ImageConfigLoader.loadDefault(), "0.1.0-test", 128L << 20,
                    ConsoleInput.typed(typed.getBytes(StandardCharsets.UTF_8)), serial);
            return new Run(result, serial.toString(StandardCharsets.UTF_8));
        }

        List<String> lines() {
            return serial.lines().toList();
        }
    }
}
