package dev.moka.kernel.core.process;

import java.util.ArrayList;
import java.util.List;

/**
 * A user executable read from ELF64 bytes and checked before anything of it is mapped: a program
 * header the loader would trust blindly is how a malformed file turns into a kernel fault. Every
 * offset, size and address is checked against the file and the user range, with overflow in mind,
 * so that loading what {@link #parse} accepts cannot fault and cannot touch the kernel's half.
 *
 * <p>Accepted: little-endian ELF64 executables ({@code ET_EXEC}) for x86_64 whose {@code PT_LOAD}
 * segments lie inside {@code [userStart, userEnd)}, in ascending order without overlapping pages,
 * with an entry point inside an executable segment. Other program headers are ignored.
 *
 * @param entry    the first instruction the process runs
 * @param segments what to map, in ascending address order
 */
public record ElfExecutable(long entry, List<LoadSegment> segments) {
    static final int HEADER_SIZE = 64;
    static final int PROGRAM_HEADER_SIZE = 56;
    /** More program headers than this is not an executable Moka's compiler or any linker writes. */
    static final int MAX_PROGRAM_HEADERS = 64;
    static final int PT_LOAD = 1;
    static final int PF_X = 1;
    static final int PF_W = 2;
    private static final int ET_EXEC = 2;
    private static final int EM_X86_64 = 62;
    private static final long PAGE = 4096;

    public ElfExecutable {
        segments = List.copyOf(segments);
    }

    /**
     * @param file      the executable's bytes, read in place
     * @param userStart lowest address a segment may use, page aligned
     * @param userEnd   address after the highest one a segment may use, page aligned
     * @return the checked executable
     * @throws ExecutableException naming what is wrong, for any file that is not a loadable executable
     */
    public static ElfExecutable parse(ByteSource file, long userStart, long userEnd) throws ExecutableException {
        if (file.size() < HEADER_SIZE) {
            throw new ExecutableException("shorter than an ELF header (" + file.size() + " bytes)");
        }
        if (file.u8(0) != 0x7f || file.u8(1) != 'E' || file.u8(2) != 'L' || file.u8(3) != 'F') {
            throw new ExecutableException("not an ELF file (bad magic)");
        }
        if (file.u8(4) != 2 || file.u8(5) != 1 || file.u8(6) != 1) {
            throw new ExecutableException("not a little-endian ELF64 file of version 1");
        }
        if (file.u16(16) != ET_EXEC) {
            throw new ExecutableException("not an executable (type " + file.u16(16) + ")");
        }
        if (file.u16(18) != EM_X86_64) {
            throw new ExecutableException("not for x86_64 (machine " + file.u16(18) + ")");
        }
        long entry = file.u64(24);
        long tableOffset = file.u64(32);
        int entrySize = file.u16(54);
        int count = file.u16(56);
        if (count == 0) {
            throw new ExecutableException("no program headers");
        }
        if (entrySize != PROGRAM_HEADER_SIZE || count > MAX_PROGRAM_HEADERS) {
            throw new ExecutableException("bad program header table (" + count + " entries of " + entrySize + " bytes)");
        }
        if (!file.contains(tableOffset, (long) count * PROGRAM_HEADER_SIZE)) {
            throw new ExecutableException("program header table outside the file");
        }
        List<LoadSegment> segments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long at = tableOffset + (long) i * PROGRAM_HEADER_SIZE;
            if (file.u32(at) != PT_LOAD) {
                continue;
            }
            segments.add(segment(file, at, i, userStart, userEnd, segments));
        }
        if (segments.isEmpty()) {
            throw new ExecutableException("no loadable segment");
        }
        for (LoadSegment s : segments) {
            if (s.executable() && entry >= s.address() && entry < s.address() + s.fileSize()) {
                return new ElfExecutable(entry, segments);
            }
        }
        throw new ExecutableException("entry point 0x" + Long.toHexString(entry) + " is not in an executable segment");
    }

    private static LoadSegment segment(ByteSource file, long at, int index, long userStart, long userEnd,
            List<LoadSegment> earlier) throws ExecutableException {
        int flags = (int) file.u32(at + 4);
        long offset = file.u64(at + 8);
        long address = file.u64(at + 16);
        long fileSize = file.u64(at + 32);
        long memorySize = file.u64(at + 40);
        String which = "segment " + index;
        if (!file.contains(offset, fileSize)) {
            throw new ExecutableException(which + ": its bytes lie outside the file");
        }
        if (Long.compareUnsigned(fileSize, memorySize) > 0) {
            throw new ExecutableException(which + ": more bytes in the file than in memory");
        }
        if ((address & (PAGE - 1)) != (offset & (PAGE - 1))) {
            throw new ExecutableException(which + ": address and file offset differ within a page");
        }
        if (Long.compareUnsigned(address, userStart) < 0 || Long.compareUnsigned(memorySize, userEnd - userStart) > 0
                || Long.compareUnsigned(address, userEnd - memorySize) > 0) {
            throw new ExecutableException(which + ": 0x" + Long.toHexString(address) + " + 0x"
                    + Long.toHexString(memorySize) + " is outside the user range");
        }
        if (memorySize == 0) {
            throw new ExecutableException(which + ": empty");
        }
        LoadSegment segment = new LoadSegment(address, memorySize, offset, fileSize, (flags & PF_W) != 0,
                (flags & PF_X) != 0);
        if (!earlier.isEmpty()) {
            LoadSegment previous = earlier.get(earlier.size() - 1);
            if (pageDown(address) < pageUp(previous.end())) {
                throw new ExecutableException(which + ": overlaps or precedes the page of the segment before it");
            }
        }
        return segment;
    }

    private static long pageDown(long address) {
        return address & -PAGE;
    }

    private static long pageUp(long address) {
        return (address + PAGE - 1) & -PAGE;
    }
}
