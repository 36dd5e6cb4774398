package dev.moka.assembler.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.kernel.api.boot.BootJob;
import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.api.boot.KernelImage;
import dev.moka.kernel.core.thread.ThreadSystem;
import dev.moka.kernel.core.thread.WaitQueue;
import dev.moka.kernel.mm.BitmapFrameAllocator;
import dev.moka.kernel.sched.RoundRobinScheduler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hosted, a kernel thread that sleeps, blocks or yields in the middle of a step stops right there
 * and goes on from there when it runs again, as a native thread does: the threads' events interleave
 * in the order the thread layer decides, not one step after the other.
 */
class SuspendedThreadsHostedTest {
    private static final long MEMORY = 64L << 20;

    /** Three threads that each stop once in the middle of their only step, and a log of what they did. */
    static final class MidStepJob implements BootJob {
        final List<String> events = new ArrayList<>();

        @Override
        public String run(KernelContext kernel) {
            ThreadSystem threads = new ThreadSystem(kernel.arch(), kernel.scheduler(), kernel.frames(),
                    kernel.stackSpace(), 0, 0);
            WaitQueue queue = new WaitQueue();
            threads.spawn("sleeper", 0, 0, () -> {
                events.add("sleeper falls asleep");
                threads.sleep(20);
                events.add("sleeper wakes");
                return false;
            });
            threads.spawn("blocker", 0, 0, () -> {
                events.add("blocker blocks");
                threads.block(queue);
                events.add("blocker is woken");
                return false;
            });
            threads.spawn("yielder", 0, 0, () -> {
                events.add("yielder yields");
                threads.yieldNow();
                events.add("yielder goes on");
                threads.wakeOne(queue);
                events.add("yielder woke blocker");
                return false;
            });
            threads.startTimer(1000);
            while (threads.threadCount() > 1) {
                threads.sleep(5);
            }
            threads.stopTimer();
            kernel.println("events: " + String.join(", ", events));
            return null;
        }
    }

    @Test
    void threadsStopInTheMiddleOfAStepAndGoOnFromThere() {
        MidStepJob job = new MidStepJob();
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        HostedResult result = HostedRunner.run(ProviderCatalog.archPack("x86_64"),
                new KernelImage("0.1.0-test", new RoundRobinScheduler(), new BitmapFrameAllocator(), job,
                        ProviderCatalog.newPaging()), MEMORY, serial);
        String out = serial.toString(StandardCharsets.UTF_8);
        assertEquals(new HostedResult(true, HostedRunner.SUCCESS_EXIT_VALUE), result, out);
        assertEquals(List.of("sleeper falls asleep", "blocker blocks", "yielder yields", "yielder goes on",
                "yielder woke blocker", "blocker is woken", "sleeper wakes"), job.events, out);
    }
}
