package dev.moka.kernel.ipc.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.KernelLockBlocker;
import dev.moka.kernel.ipc.SchemeRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Several callers blocked on one daemon at once, each on a thread of its own: whatever order the
 * daemon answers in, each caller gets the answer to its own request, and when the daemon dies part
 * way, exactly the callers not yet answered get EIO. Nobody is left waiting.
 */
class UserSchemeProperties {
    @Provide
    Arbitrary<List<Integer>> orders() {
        return Arbitraries.integers().between(1, 4).flatMap(n -> Arbitraries.shuffle(range(n)));
    }

    private static List<Integer> range(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    @Property(tries = 25)
    void answersReachTheirOwnCallersInAnyOrder(@ForAll("orders") List<Integer> order,
            @ForAll @IntRange(min = 0, max = 4) int answeredBeforeDeath) throws Exception {
        KernelLockBlocker blocker = new KernelLockBlocker();
        UserScheme scheme = new UserSchemes(new SchemeRegistry(), blocker).register("p", new Caller(1, 0, 0));
        RawDaemon daemon = new RawDaemon(scheme);
        int callers = order.size();
        List<CompletableFuture<Long>> calls = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            String path = "f" + i;
            int pid = 10 + i;
            calls.add(CompletableFuture.supplyAsync(() -> blocker.call(() -> scheme.open(path, 0, new Caller(pid, 0, 0))),
                    UserSchemeProperties::onNewThread));
        }
        blocker.awaitParked(callers);
        RawDaemon.Request[] byCaller = new RawDaemon.Request[callers];
        for (int i = 0; i < callers; i++) {
            RawDaemon.Request request = blocker.callFor(daemon::poll);
            int who = Integer.parseInt(request.text().substring(1));
            assertEquals(10 + who, request.caller());
            byCaller[who] = request;
        }
        int answered = Math.min(answeredBeforeDeath, callers);
        for (int k = 0; k < answered; k++) {
            RawDaemon.Request request = byCaller[order.get(k)];
            assertEquals(16, blocker.call(() -> daemon.answer(request.tag(), 100 + indexOf(byCaller, request), new byte[0])));
        }
        if (answered < callers) {
            blocker.call(() -> scheme.socket().close(0));
        }
        for (int i = 0; i < callers; i++) {
            boolean wasAnswered = order.subList(0, answered).contains(i);
            assertEquals(wasAnswered ? 100 + i : -Errno.EIO, calls.get(i).get(10, TimeUnit.SECONDS), "caller " + i);
        }
        assertEquals(answered, scheme.openHandles());
    }

    private static int indexOf(RawDaemon.Request[] requests, RawDaemon.Request request) {
        for (int i = 0; i < requests.length; i++) {
            if (requests[i] == request) {
                return i;
            }
        }
        return -1;
    }

    private static void onNewThread(Runnable body) {
        Thread thread = new Thread(body);
        thread.setDaemon(true);
        thread.start();
    }
}
