package dev.moka.kernel.core.process;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.arch.IrqLines;
import dev.moka.kernel.core.thread.ThreadSystem;
import dev.moka.kernel.core.thread.WaitQueue;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.SchemeRegistry;
import dev.moka.kernel.ipc.drivers.ConsoleInputScheme;
import dev.moka.kernel.ipc.drivers.DriverPolicy;
import dev.moka.kernel.ipc.drivers.EventScheme;
import dev.moka.kernel.ipc.drivers.IrqScheme;
import dev.moka.kernel.ipc.drivers.MemoryScheme;

/**
 * The schemes of drivers and of waiting on several descriptors, registered beside the kernel's
 * others: {@code event:} for everybody; {@code irq:} (when the machine gives out interrupt lines),
 * {@code memory:}, {@code consolein:} and {@code rtc:} for drivers. The interrupt path counts a
 * firing and makes a kernel thread, {@code irq}, runnable; that thread wakes the line's readers, and
 * waits again once no line has fired since it last looked.
 */
final class DriverSchemes {
    private DriverSchemes() {
    }

    /**
     * @param arch      the machine
     * @param threads   the thread layer
     * @param schemes   the kernel's schemes, whose blocker wakes {@code event:} readers on every wake
     * @param processes the process system, whose drivers the policy names
     * @param table     the process table
     * @param memoryMap the machine's memory map, which keeps RAM out of {@code memory:}; null for none
     * @return null, or why a scheme could not be installed
     */
    static String install(ArchPack arch, ThreadSystem threads, KernelSchemes schemes, ProcessSystem processes,
                          ProcessTable table, dev.moka.kernel.api.boot.MemoryMap memoryMap) {
        SchemeRegistry registry = schemes.registry();
        Blocker blocker = schemes.blocker();
        DriverPolicy drivers = processes.drivers().policy(table);
        registry.register("event", new EventScheme(processes::filesOf, blocker));
        registry.register("consolein", new ConsoleInputScheme(schemes.debug(), () -> {
            processes.interruptForeground();
            arch.disableInterrupts(); // scheme code goes on masked
        }, drivers));
        registry.register("rtc", new RtcScheme(processes.realtime(), threads, drivers));
        registry.register("memory", new MemoryScheme(new KernelPhysicalWindow(memoryMap, arch), drivers));
        IrqLines lines = arch.irqLines();
        if (lines == null) {
            return null;
        }
        IrqScheme irq = new IrqScheme(lines, blocker, drivers);
        registry.register("irq", irq);
        WaitQueue fired = new WaitQueue();
        lines.attach(line -> {
            irq.fired(line);
            threads.wakeOneFromInterrupt(fired);
        });
        return threads.spawn("irq", 0, 0, () -> {
            // Masked from the look at the counts to the wait: a firing in between would be missed.
            // A wake unmasks on its way, so after one the thread looks again before it waits.
            arch.disableInterrupts();
            if (!irq.wakeWaiters()) {
                threads.block(fired);
            }
            arch.enableInterrupts();
            return true;
        }) == null ? "the irq thread could not start" : null;
    }
}
