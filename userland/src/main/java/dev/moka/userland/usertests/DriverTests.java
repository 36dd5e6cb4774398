package dev.moka.userland.usertests;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.EventRecord;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Signal;
import dev.moka.relibc.Spawn;
import dev.moka.relibc.Time;
import dev.moka.relibc.Unistd;
import dev.moka.relibc.Wait;
import dev.moka.relibc.io.EventQueue;
import dev.moka.relibc.sys.RawSyscall;
import dev.moka.userland.Console;

/** The tests of drivers, their grants, {@code event:} and init's restart of services. */
final class DriverTests {
    private DriverTests() {
    }

    /** Kills ps2d; init restarts it, and the next {@code input:} open reaches the new daemon. */
    static void driverRestart() {
        int old = pidOf("ps2d");
        Failure.check(old > 0, "ps2d is not running");
        Failure.expect(0, Signal.kill(old, Signal.SIGKILL), "kill ps2d");
        long deadline = Time.clockGettime(Time.CLOCK_MONOTONIC) + 5_000_000_000L;
        int fd = -1;
        while (fd < 0 && Time.clockGettime(Time.CLOCK_MONOTONIC) < deadline) {
            int fresh = pidOf("ps2d");
            if (fresh > 0 && fresh != old) {
                fd = Fcntl.open("input:", OpenFlags.O_RDONLY);
            }
            if (fd < 0) {
                Time.nanosleep(2_000_000L);
            }
        }
        Failure.check(fd >= 0, "input: did not open within 5 s of the kill");
        byte[] events = new byte[64];
        int n = Unistd.read(fd, events, 0, events.length);
        Failure.check(n >= 0 || dev.moka.relibc.Errno.errno() == Errno.EAGAIN,
                "a read of input: after the restart: " + Console.errno());
        Failure.expect(0, Unistd.close(fd), "close input:");
    }

    /** {@code event:} over a pipe: nothing ready, a record when bytes wait, a wait woken by a child. */
    static void eventWait() {
        int[] pipe = Sys.pipe();
        int queue = Fcntl.open("event:", OpenFlags.O_RDWR | OpenFlags.O_NONBLOCK);
        Failure.check(queue >= 0, "open event:");
        byte[] record = record(pipe[0], EventRecord.EVENT_READ, 42);
        Failure.expect(EventRecord.SIZE, Unistd.write(queue, record, 0, record.length), "subscribe");
        byte[] out = new byte[EventRecord.SIZE * 4];
        Failure.expect(-1, Unistd.read(queue, out, 0, out.length), "read with nothing ready");
        Failure.expect(Errno.EAGAIN, dev.moka.relibc.Errno.errno(), "errno with nothing ready");
        Failure.expect(1, Unistd.writeAll(pipe[1], "x"), "write to the pipe");
        Failure.expect(EventRecord.SIZE, Unistd.read(queue, out, 0, out.length), "one event");
        Failure.expect(pipe[0], word(out, 0), "the event's descriptor");
        Failure.expect(EventRecord.EVENT_READ, word(out, 8), "the event's flags");
        Failure.expect(42, word(out, 16), "the event's data");
        Failure.expect(1, Unistd.read(pipe[0], new byte[1], 0, 1), "drain the pipe");
        Failure.expect(-Errno.EBADF, raw(queue, record(999, EventRecord.EVENT_READ, 0)), "a closed descriptor");
        Failure.expect(-Errno.EINVAL, raw(queue, record(pipe[0], 0x100, 0)), "unknown flags");
        Failure.expect(-Errno.EINVAL, RawSyscall.call(SyscallNumbers.WRITE, queue, RawSyscall.address(record), 5, 0, 0, 0),
                "a part of a record");
        Unistd.close(queue);

        EventQueue waiting = EventQueue.open(2);
        Failure.check(waiting != null, "open a blocking event queue");
        Failure.expect(0, waiting.subscribe(pipe[0], EventRecord.EVENT_READ, 7), "subscribe again");
        int child = Spawn.spawn("initfs:bin/echo", new String[] {"echo", "late"}, new String[0],
                Spawn.FdAction.dup2(pipe[1], Unistd.STDOUT));
        Failure.check(child > 0, "spawn echo");
        long before = Time.clockGettime(Time.CLOCK_MONOTONIC);
        Failure.expect(1, waiting.await(), "a wait woken by the child's write");
        Failure.expect(7, waiting.data(0), "the woken event's data");
        Failure.check(Time.clockGettime(Time.CLOCK_MONOTONIC) >= before, "time went on");
        Wait.waitpid(child, new int[1], 0);
        waiting.close();
    }

    /** {@code pci:} lists the emulated PC's devices, and an entry describes its device. */
    static void pciList() {
        int dir = Fcntl.open("pci:", OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY);
        Failure.check(dir >= 0, "open pci: " + Console.errno());
        byte[] names = new byte[4096];
        int n = Unistd.getdents(dir, names);
        Unistd.close(dir);
        String listing = Console.ascii(java.util.Arrays.copyOf(names, Math.max(n, 0)));
        for (String device : new String[] {"00.00.0_8086:1237", "00.01.0_8086:7000", "00.01.1_8086:7010"}) {
            Failure.check(listing.contains(device + "\n"), "pci: lacks " + device + " in " + listing.replace('\n', ' '));
        }
        int fd = Fcntl.open("pci:00.01.0_8086:7000", OpenFlags.O_RDONLY);
        Failure.check(fd >= 0, "open the ISA bridge's entry");
        byte[] text = Console.readAll(fd);
        Unistd.close(fd);
        Failure.check(text != null && Console.ascii(text).contains("class 06.01.00\n"), "the ISA bridge's class");
    }

    /** Only drivers get ports, interrupt lines, the console's input and the clock. */
    static void driverGrants() {
        Failure.expect(-Errno.EPERM, RawSyscall.call(SyscallNumbers.IOPERM, 0x60, 1, 0, 0, 0, 0), "ioperm by a non-driver");
        int status = Sys.await(Sys.child("port", new String[0]));
        Failure.check(Wait.signaled(status) && Wait.termSignal(status) == 11, // SIGSEGV, for the #GP
                "a port read without a grant: " + Sys.describe(status));
        Failure.expect(-1, Fcntl.open("irq:1", OpenFlags.O_RDWR), "irq:1 by a non-driver");
        Failure.expect(Errno.EACCES, dev.moka.relibc.Errno.errno(), "irq:1's errno");
        Failure.expect(-1, Fcntl.open("consolein:", OpenFlags.O_WRONLY), "consolein: by a non-driver");
        Failure.expect(-1, Fcntl.open("rtc:", OpenFlags.O_WRONLY), "rtc: by a non-driver");
        Failure.expect(-1, Fcntl.open("memory:physical", OpenFlags.O_RDWR), "memory: by a non-driver");
        Failure.expect(Errno.EACCES, dev.moka.relibc.Errno.errno(), "memory:'s errno");
        Failure.expect(-1, Spawn.spawn("initfs:bin/true", new String[] {"true"}, new String[0], Spawn.DRIVER),
                "a driver spawned by a process other than init");
        Failure.expect(Errno.EPERM, dev.moka.relibc.Errno.errno(), "the driver spawn's errno");
        long year2020 = 1_577_836_800_000_000_000L;
        Failure.check(Time.clockGettime(Time.CLOCK_REALTIME) > year2020, "realtime is the date rtcd read");
    }

    /**
     * Run as a driver ({@code run driver usertests --test driver_hardware} in {@code init.rc}): ports
     * the kernel keeps are EINVAL and others are granted and work; {@code memory:physical} reads and
     * writes device memory (the VGA text buffer at 0xB8000) and refuses RAM and the APICs.
     */
    static void driverHardware() {
        Failure.expect(-Errno.EINVAL, RawSyscall.call(SyscallNumbers.IOPERM, 0x20, 2, 0, 0, 0, 0), "the PIC's ports");
        Failure.expect(-Errno.EINVAL, RawSyscall.call(SyscallNumbers.IOPERM, 0x3F0, 16, 0, 0, 0, 0), "COM1's ports");
        Failure.expect(-Errno.EINVAL, RawSyscall.call(SyscallNumbers.IOPERM, 0xFFFF, 2, 0, 0, 0, 0), "past the last port");
        Failure.expect(-Errno.EINVAL, RawSyscall.call(SyscallNumbers.IOPERM, 0x70, 0, 0, 0, 0, 0), "no ports");
        Failure.expect(0, dev.moka.relibc.io.Ports.ioperm(0x70, 2), "the CMOS clock's ports");
        dev.moka.relibc.io.Ports.outb(0x70, 0x0A);
        Failure.check((dev.moka.relibc.io.Ports.inb(0x71) & 0x0F) != 0, "CMOS status register A has a rate");
        int fd = Fcntl.open("memory:physical", OpenFlags.O_RDWR);
        Failure.check(fd >= 0, "open memory:physical: " + Console.errno());
        byte[] cell = {'M', 0x1F};
        Failure.expect(0xB8000, Fcntl.lseek(fd, 0xB8000, 0), "seek to the VGA text buffer");
        Failure.expect(2, Unistd.write(fd, cell, 0, 2), "write a character cell");
        byte[] back = new byte[2];
        Failure.expect(0xB8000, Fcntl.lseek(fd, 0xB8000, 0), "seek back");
        Failure.expect(2, Unistd.read(fd, back, 0, 2), "read it back");
        Failure.check(back[0] == 'M' && back[1] == 0x1F, "the cell reads back as written");
        Failure.expect(0x100000, Fcntl.lseek(fd, 0x100000, 0), "seek to RAM");
        Failure.expect(-1, Unistd.read(fd, back, 0, 2), "RAM is not device memory");
        Failure.expect(Errno.EINVAL, dev.moka.relibc.Errno.errno(), "RAM's errno");
        Failure.expect(0xFEE00000L, Fcntl.lseek(fd, 0xFEE00000L, 0), "seek to the local APIC");
        Failure.expect(-1, Unistd.read(fd, back, 0, 2), "the APIC is the kernel's");
        Unistd.close(fd);
    }

    private static int pidOf(String name) {
        int fd = Fcntl.open("sys:context", OpenFlags.O_RDONLY);
        byte[] text = fd < 0 ? null : Console.readAll(fd);
        Unistd.close(fd);
        if (text == null) {
            return -1;
        }
        for (String line : Console.ascii(text).split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 4 && fields[fields.length - 1].equals(name) && !fields[2].equals("zombie")) {
                return Integer.parseInt(fields[0]);
            }
        }
        return -1;
    }

    private static byte[] record(long fd, long flags, long data) {
        byte[] record = new byte[EventRecord.SIZE];
        long[] words = {fd, flags, data};
        for (int w = 0; w < 3; w++) {
            for (int i = 0; i < 8; i++) {
                record[8 * w + i] = (byte) (words[w] >>> (8 * i));
            }
        }
        return record;
    }

    private static long raw(int queue, byte[] record) {
        return RawSyscall.call(SyscallNumbers.WRITE, queue, RawSyscall.address(record), record.length, 0, 0, 0);
    }

    private static long word(byte[] bytes, int at) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value |= (bytes[at + i] & 0xFFL) << (8 * i);
        }
        return value;
    }
}
