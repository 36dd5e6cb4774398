package dev.moka.assembler.hosted;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.core.process.ProcessTable;
import dev.moka.kernel.core.process.WaitStatus;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A parent that collects while its child is ending sees the child alive, or ended with its status,
 * wherever the child's end is preempted; never ended with a status not yet written, which
 * {@code waitpid} would report as exit status 0 (as {@code ProcessTreeBootTest} once saw under load:
 * children's exit codes summing to 0 instead of 3).
 */
class ProcessEndPreemptionTest {
    private static final String PROCESS = "dev.moka.kernel.core.process.Process";
    private static final String TABLE = "dev.moka.kernel.core.process.ProcessTable";

    @Test
    void aCollectInTheMiddleOfAnEndSeesTheChildAliveOrEndedWithItsStatus() throws Exception {
        int status = WaitStatus.exited(3);
        int points = 0;
        for (int at = 1; ; at++) {
            Class<?> table = new PreemptionPoints.Loader(Set.of(PROCESS, TABLE)).loadClass(TABLE);
            Class<?> process = table.getClassLoader().loadClass(PROCESS);
            Method create = table.getMethod("create", process, String.class);
            Method end = table.getMethod("end", process, int.class);
            Method collect = table.getMethod("collect", process, int.class);
            Object processes = table.getConstructor(int.class).newInstance(8);
            Object init = create.invoke(processes, null, "init");
            Object parent = create.invoke(processes, init, "parent");
            Object child = create.invoke(processes, parent, "child");
            create.invoke(processes, child, "grandchild");
            int pid = (int) process.getMethod("pid").invoke(child);
            List<Long> seen = new ArrayList<>();
            PreemptionPoints.arm(at, () -> {
                try {
                    seen.add((Long) collect.invoke(processes, parent, -1));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            });
            end.invoke(processes, child, status);
            if (!PreemptionPoints.disarm()) {
                break;
            }
            points++;
            long result = seen.get(0);
            assertTrue(result == ProcessTable.NOT_YET || result == ((long) pid << 32 | status),
                    "preempted at point " + at + " of the end, the parent collected 0x" + Long.toHexString(result));
        }
        assertTrue(points >= 2, "the end has " + points + " preemption points");
    }
}
