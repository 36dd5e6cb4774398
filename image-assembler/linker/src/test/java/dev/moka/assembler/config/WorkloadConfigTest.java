package dev.moka.assembler.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code [workload]} table: threads as inline tables, and errors with their line. */
class WorkloadConfigTest {
    private static final Path FILE = Path.of("w.toml");

    @Test
    void readsTicksRateAndThreads() throws ConfigException {
        ImageConfig config = ImageConfigLoader.parse("""
                [kernel]
                scheduler = "priority"
                [workload]
                ticks = 500
                timer-hz = 250
                threads = [ { name = "a", nice = 0 }, { name = "b", nice = 5, priority = 7 }, { name = "c", nice = -5 } ]
                """, FILE);
        ImageConfig.WorkloadSection w = config.workload();
        assertEquals(500, w.ticks());
        assertEquals(250, w.timerHz());
        assertEquals(List.of(new ImageConfig.WorkloadThread("a", 0, 0), new ImageConfig.WorkloadThread("b", 5, 7),
                new ImageConfig.WorkloadThread("c", -5, 0)), w.threads());
        assertEquals("priority", config.kernel().scheduler());
    }

    @Test
    void noWorkloadTableMeansNoWorkload() throws ConfigException {
        assertNull(ImageConfigLoader.parse("[kernel]\nscheduler = \"round-robin\"\n", FILE).workload());
    }

    @Test
    void monitorStressIsABooleanOfItsOwn() throws ConfigException {
        ImageConfig.WorkloadSection on = ImageConfigLoader.parse("""
                [workload]
                ticks = 300
                monitor-stress = true
                threads = [ { name = "a" }, { name = "b" } ]
                """, FILE).workload();
        assertTrue(on.monitorStress());
        assertFalse(on.gcStress());
        assertFalse(ImageConfigLoader.parse("[workload]\nticks = 3\nthreads = [ { name = \"a\" } ]\n", FILE)
                .workload().monitorStress());
        ConfigException notBoolean = assertThrows(ConfigException.class, () -> ImageConfigLoader.parse("""
                [workload]
                ticks = 300
                monitor-stress = "yes"
                threads = [ { name = "a" } ]
                """, FILE));
        assertEquals("w.toml:3: \"monitor-stress\" in [workload] must be true or false", notBoolean.getMessage());
        ConfigException both = assertThrows(ConfigException.class, () -> ImageConfigLoader.parse("""
                [workload]
                ticks = 300
                gc-stress = true
                monitor-stress = true
                threads = [ { name = "a" } ]
                """, FILE));
        assertEquals("w.toml:1: [workload] cannot have both \"gc-stress\" and \"monitor-stress\": each gives the "
                + "threads a body of its own", both.getMessage());
        ConfigException noThreads = assertThrows(ConfigException.class, () -> ImageConfigLoader.parse("""
                [workload]
                ticks = 300
                monitor-stress = true
                """, FILE));
        assertEquals("w.toml:1: [workload] needs \"threads\"", noThreads.getMessage());
    }

    @Test
    void badValuesNameTheLine() {
        ConfigException niceOutOfRange = assertThrows(ConfigException.class, () -> ImageConfigLoader.parse("""
                [workload]
                ticks = 10
                threads = [ { name = "a", nice = 40 } ]
                """, FILE));
        assertEquals("w.toml:3: \"nice\" must be an integer from -20 to 19", niceOutOfRange.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class, () -> ImageConfigLoader.parse("""
                [workload]
                tick = 10
                """, FILE));
        assertEquals("w.toml:2: unknown key \"tick\" in [workload]; known keys: gc-stress, monitor-stress, "
                + "stack-overflow, thread-churn, threads, ticks, timer-hz",
                unknown.getMessage());
        ConfigException missing = assertThrows(ConfigException.class, () -> ImageConfigLoader.parse("""
                [kernel]
                scheduler = "eevdf"
                [workload]
                threads = [ { name = "a" } ]
                """, FILE));
        assertEquals("w.toml:3: [workload] needs \"ticks\", the number of timer ticks to run", missing.getMessage());
    }

    @Test
    void threadChurnAndStackOverflowEachWorkAlone() throws ConfigException {
        ImageConfig.WorkloadSection churn = ImageConfigLoader.parse("[workload]\nthread-churn = 200\n", FILE).workload();
        assertEquals(new ImageConfig.WorkloadSection(0, ImageConfig.WorkloadSection.DEFAULT_TIMER_HZ, List.of(), false,
                200, false), churn);
        ImageConfig.WorkloadSection overflow = ImageConfigLoader.parse("[workload]\nstack-overflow = true\n", FILE)
                .workload();
        assertEquals(new ImageConfig.WorkloadSection(0, ImageConfig.WorkloadSection.DEFAULT_TIMER_HZ, List.of(), false,
                0, true), overflow);
        ImageConfig.WorkloadSection all = ImageConfigLoader.parse("""
                [workload]
                ticks = 100
                threads = [ { name = "a" } ]
                thread-churn = 70
                stack-overflow = true
                """, FILE).workload();
        assertEquals(70, all.threadChurn());
        assertEquals(true, all.stackOverflow());
        assertEquals(100, all.ticks());
    }

    @Test
    void badThreadChurnAndStackOverflowValuesNameTheLine() {
        ConfigException zero = assertThrows(ConfigException.class,
                () -> ImageConfigLoader.parse("[workload]\nthread-churn = 0\n", FILE));
        assertEquals("w.toml:2: \"thread-churn\" must be an integer from 1 to 100000", zero.getMessage());
        ConfigException text = assertThrows(ConfigException.class,
                () -> ImageConfigLoader.parse("[workload]\nstack-overflow = \"yes\"\n", FILE));
        assertEquals("w.toml:2: \"stack-overflow\" in [workload] must be true or false", text.getMessage());
        ConfigException off = assertThrows(ConfigException.class,
                () -> ImageConfigLoader.parse("[workload]\nstack-overflow = false\n", FILE));
        assertEquals("w.toml:1: [workload] needs \"ticks\", the number of timer ticks to run", off.getMessage());
    }
}
