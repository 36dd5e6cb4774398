package dev.moka.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.kernel.api.sched.Scheduler;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ProviderRegistrationTest {
    @Test
    void everyPolicyIsAServiceProvider() {
        TreeSet<String> names = new TreeSet<>();
        ServiceLoader.load(Scheduler.class).forEach(scheduler -> names.add(scheduler.name()));
        assertEquals("[eevdf, priority, round-robin]", names.toString());
    }
}
