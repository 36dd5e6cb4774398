package dev.moka.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.LittleEndian;
import dev.moka.kernel.api.syscall.SchemeProtocol;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The serve loop against scripted request records: what it decodes, what it answers. */
class SchemeServerTest {
    private final Deque<byte[]> requests = new ArrayDeque<>();
    private final List<byte[]> responses = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();

    private final SchemeChannel channel = new SchemeChannel() {
        @Override
        public long read(byte[] buffer, int offset, int length) {
            byte[] next = requests.poll();
            if (next == null) {
                return -Errno.EAGAIN;
            }
            System.arraycopy(next, 0, buffer, offset, next.length);
            return next.length;
        }

        @Override
        public long write(byte[] buffer, int offset, int length) {
            responses.add(java.util.Arrays.copyOfRange(buffer, offset, offset + length));
            return length;
        }
    };

    private final SchemeHandler handler = new SchemeHandler() {
        @Override
        public long open(String path, int flags, long caller) {
            calls.add("open " + path + " " + flags + " " + caller);
            return path.equals("missing") ? -Errno.ENOENT : 7;
        }

        @Override
        public long read(long handle, byte[] buffer, int offset, int length, long position) {
            calls.add("read " + handle + " " + length + " " + position);
            byte[] text = "data".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(text, 0, buffer, offset, text.length);
            return text.length;
        }

        @Override
        public long write(long handle, byte[] buffer, int offset, int length, long position) {
            calls.add("write " + handle + " " + new String(buffer, offset, length, StandardCharsets.US_ASCII) + " " + position);
            return length;
        }

        @Override
        public long close(long handle) {
            calls.add("close " + handle);
            return 0;
        }

        @Override
        public long fsize(long handle) {
            return 0;
        }

        @Override
        public long fstat(long handle, byte[] out, int offset) {
            return 0;
        }

        @Override
        public long fpath(long handle, byte[] buffer, int offset, int length) {
            return 0;
        }

        @Override
        public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
            return 0;
        }
    };

    private static byte[] request(int opcode, boolean oneway, int tag, long[] args, long caller, String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.US_ASCII);
        byte[] record = new byte[SchemeProtocol.REQUEST_SIZE + bytes.length];
        record[0] = (byte) opcode;
        record[1] = (byte) (oneway ? SchemeProtocol.FLAG_ONEWAY : 0);
        LittleEndian.putInt(record, SchemeProtocol.OFFSET_TAG, tag);
        for (int i = 0; i < args.length; i++) {
            LittleEndian.putLong(record, SchemeProtocol.OFFSET_ARGS + 8 * i, args[i]);
        }
        LittleEndian.putLong(record, SchemeProtocol.OFFSET_CALLER, caller);
        System.arraycopy(bytes, 0, record, SchemeProtocol.REQUEST_SIZE, bytes.length);
        return record;
    }

    @Test
    void requestsAreDecodedAndAnsweredWithTheirTags() {
        requests.add(request(SchemeProtocol.OPEN_AT, false, 41, new long[] {0, 0, 3, 0x2_0000}, 9, "a/b"));
        requests.add(request(SchemeProtocol.OPEN_AT, false, 42, new long[] {0, 0, 7}, 9, "missing"));
        requests.add(request(SchemeProtocol.WRITE, false, 43, new long[] {7, 0, 2, 100}, 9, "hi"));
        requests.add(request(SchemeProtocol.READ, false, 44, new long[] {7, 0, 64, 5}, 9, ""));
        requests.add(request(SchemeProtocol.CLOSE, true, 45, new long[] {7}, 9, ""));
        requests.add(request(99, false, 46, new long[0], 9, ""));
        assertEquals(-Errno.EAGAIN, new SchemeServer(handler, channel).serve());
        assertEquals(List.of("open a/b 131072 9", "open missing 0 9", "write 7 hi 100", "read 7 64 5", "close 7"), calls);
        assertEquals(5, responses.size(), "a one-way close is not answered");
        long[] results = {7, -Errno.ENOENT, 2, 4, -Errno.ENOSYS};
        int[] tags = {41, 42, 43, 44, 46};
        for (int i = 0; i < results.length; i++) {
            byte[] response = responses.get(i);
            assertEquals(tags[i], LittleEndian.getInt(response, SchemeProtocol.OFFSET_TAG));
            assertEquals(results[i], LittleEndian.getLong(response, SchemeProtocol.OFFSET_RESULT));
        }
        assertEquals(SchemeProtocol.RESPONSE_SIZE + 4, responses.get(3).length, "a read's data follows its record");
        assertEquals("data", new String(responses.get(3), SchemeProtocol.RESPONSE_SIZE, 4, StandardCharsets.US_ASCII));
        assertEquals(SchemeProtocol.RESPONSE_SIZE, responses.get(1).length);
    }
}
