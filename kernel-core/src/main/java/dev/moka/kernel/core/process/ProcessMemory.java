package dev.moka.kernel.core.process;

import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.UserAddressSpace;
import dev.moka.kernel.ipc.syscall.UserMemory;

/**
 * A running process's memory as its system calls reach it. A system call runs in the process's
 * address space, so once a range is known to be the process's own the kernel reads and writes it
 * directly; {@link #isAccessible} decides that from the process's page flags alone, and the copies
 * check first, so a bad pointer is an EFAULT, never a kernel fault.
 */
final class ProcessMemory implements UserMemory {
    private static final long PAGE = 4096;

    private final UserAddressSpace space;
    private final ProgramImage image;
    /**
     * The last two ranges found readable and the last two found writable, as whole pages
     * ({@code [from, to)}; empty for none): most calls pass a buffer a recent call passed (a daemon
     * alternates between its request and its reply buffer), and the page walk is most of a small
     * call's cost. Pages only become more accessible until {@link #forgetPages} says some went away.
     */
    private long readableFrom;
    private long readableTo;
    private long otherReadableFrom;
    private long otherReadableTo;
    private long writableFrom;
    private long writableTo;
    private long otherWritableFrom;
    private long otherWritableTo;

    /** The user half's bounds, asked once: they never change, and every call checks against them. */
    private final long start;
    private final long end;

    ProcessMemory(UserAddressSpace space, ProgramImage image) {
        this.space = space;
        this.image = image;
        this.start = space.start();
        this.end = space.end();
    }

    /**
     * @return whether {@code [address, address + length)} lies in the user half and every page of it
     *         is the process's own (and writable, when {@code write}); pages of its zero ranges not
     *         touched yet are mapped now
     */
    @Override
    public boolean isAccessible(long address, long length, boolean write) {
        if (length == 0) {
            return true;
        }
        long last = address + length;
        if (length < 0 || address < start || last < address || last > end) {
            return false;
        }
        if (address >= writableFrom && last <= writableTo || address >= otherWritableFrom && last <= otherWritableTo
                || !write && (address >= readableFrom && last <= readableTo
                        || address >= otherReadableFrom && last <= otherReadableTo)) {
            return true;
        }
        long first = address & -PAGE;
        for (long page = first; page < last; page += PAGE) {
            long flags = space.flags(page);
            if (flags < 0 && image.mapOnDemand(space, page)) {
                flags = space.flags(page); // heap the program has not touched yet: it is its own
            }
            if (write && flags >= 0 && (flags & PageFlags.BORROWED) != 0 && image.copyOnWrite(space, page)) {
                flags = space.flags(page); // a lent page of its data: the kernel writes a copy, never the initfs
            }
            if (flags < 0 || (flags & PageFlags.USER) == 0 || write && (flags & PageFlags.WRITABLE) == 0) {
                return false;
            }
        }
        long to = (last + PAGE - 1) & -PAGE;
        if (write) {
            otherWritableFrom = writableFrom;
            otherWritableTo = writableTo;
            writableFrom = first;
            writableTo = to;
        } else {
            otherReadableFrom = readableFrom;
            otherReadableTo = readableTo;
            readableFrom = first;
            readableTo = to;
        }
        return true;
    }

    /** Drops what {@link #isAccessible} remembers: called whenever pages of the process are unmapped. */
    void forgetPages() {
        readableFrom = 0;
        readableTo = 0;
        otherReadableFrom = 0;
        otherReadableTo = 0;
        writableFrom = 0;
        writableTo = 0;
        otherWritableFrom = 0;
        otherWritableTo = 0;
    }

    @Override
    public boolean copyIn(long address, byte[] target, int offset, int length) {
        if (!isAccessible(address, length, false)) {
            return false;
        }
        checkRange(target, offset, length);
        Magic.copyToArray(address, target, offset, length);
        return true;
    }

    @Override
    public boolean copyOut(byte[] source, int offset, int length, long address) {
        if (!isAccessible(address, length, true)) {
            return false;
        }
        checkRange(source, offset, length);
        Magic.copyFromArray(source, offset, address, length);
        return true;
    }

    /** The string moves do not check the array: a kernel caller's bad range must not write past it. */
    private static void checkRange(byte[] array, int offset, int length) {
        if (offset < 0 || length < 0 || offset > array.length - length) {
            throw new ArrayIndexOutOfBoundsException("range " + offset + "+" + length + " of byte[" + array.length + "]");
        }
    }
}
