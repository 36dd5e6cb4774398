package dev.moka.kernel.ipc.user;

import dev.moka.kernel.api.syscall.LittleEndian;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.SchemeProtocol;
import java.nio.charset.StandardCharsets;

/** A daemon for tests that reads and writes raw records on a user scheme's socket. */
final class RawDaemon {
    /** A request as the daemon read it. */
    record Request(int opcode, boolean oneway, int tag, long[] args, long caller, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.US_ASCII);
        }
    }

    final UserScheme scheme;

    RawDaemon(UserScheme scheme) {
        this.scheme = scheme;
    }

    /** @return the next request, waiting for one; null when the read failed (the result in {@code failure}) */
    Request take() {
        return take(0);
    }

    long failure;

    Request take(int flags) {
        byte[] buffer = new byte[SchemeProtocol.BUFFER_SIZE];
        long n = scheme.socket().read(0, buffer, 0, buffer.length, 0, flags);
        if (n < 0) {
            failure = n;
            return null;
        }
        long[] args = new long[6];
        for (int i = 0; i < 6; i++) {
            args[i] = LittleEndian.getLong(buffer, SchemeProtocol.OFFSET_ARGS + 8 * i);
        }
        byte[] payload = java.util.Arrays.copyOfRange(buffer, SchemeProtocol.REQUEST_SIZE, (int) n);
        return new Request(buffer[0] & 0xFF, (buffer[1] & SchemeProtocol.FLAG_ONEWAY) != 0,
                LittleEndian.getInt(buffer, SchemeProtocol.OFFSET_TAG), args,
                LittleEndian.getLong(buffer, SchemeProtocol.OFFSET_CALLER), payload);
    }

    Request poll() {
        return take(OpenFlags.O_NONBLOCK);
    }

    /** Writes a response; @return what the socket write gave */
    long answer(int tag, long result, byte[] data) {
        byte[] record = new byte[SchemeProtocol.RESPONSE_SIZE + data.length];
        LittleEndian.putInt(record, SchemeProtocol.OFFSET_TAG, tag);
        LittleEndian.putLong(record, SchemeProtocol.OFFSET_RESULT, result);
        System.arraycopy(data, 0, record, SchemeProtocol.RESPONSE_SIZE, data.length);
        return scheme.socket().write(0, record, 0, record.length, 0, 0);
    }

    long answer(Request request, long result) {
        return answer(request.tag(), result, new byte[0]);
    }
}
