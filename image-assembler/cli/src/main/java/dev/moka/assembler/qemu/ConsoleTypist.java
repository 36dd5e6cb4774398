package dev.moka.assembler.qemu;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Types standard input on the guest's serial console, on a thread of its own: the bytes as they
 * come, then an end-of-input byte. QEMU takes bytes from its pipe only while the UART has room, so
 * input the guest has not read yet waits in the pipe and is never lost.
 */
final class ConsoleTypist implements Runnable {
    private final InputStream from;
    private final OutputStream to;

    private ConsoleTypist(InputStream from, OutputStream to) {
        this.from = from;
        this.to = to;
    }

    /**
     * @param from what to type, or null for nothing
     * @param to   QEMU's standard input
     * @return the started thread
     */
    static Thread start(InputStream from, OutputStream to) {
        Thread thread = new Thread(new ConsoleTypist(from, to), "qemu-console-input");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        try {
            if (from != null) {
                byte[] buffer = new byte[4096];
                for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            }
            to.write(QemuRunner.END_OF_INPUT);
            to.flush();
        } catch (IOException gone) {
            // QEMU exited, or the input failed: the console simply gets no more.
        }
    }
}
