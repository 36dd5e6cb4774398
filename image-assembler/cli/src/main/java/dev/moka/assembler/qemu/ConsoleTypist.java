package dev.moka.assembler.qemu;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;

/**
 * Types standard input on the guest's serial console, on a thread of its own: the bytes as they
 * come, then an end-of-input byte. QEMU takes bytes from its pipe only while the UART has room, so
 * input the guest has not read yet waits in the pipe and is never lost. Typing starts once the guest
 * has printed its first bytes: a kernel sets its UART up before it prints, and setting up the FIFOs
 * clears them, which would drop anything typed earlier.
 */
final class ConsoleTypist implements Runnable {
    private final InputStream from;
    private final OutputStream to;
    private final CountDownLatch booted;

    private ConsoleTypist(InputStream from, OutputStream to, CountDownLatch booted) {
        this.from = from;
        this.to = to;
        this.booted = booted;
    }

    /**
     * @param from   what to type, or null for nothing
     * @param to     QEMU's standard input
     * @param booted counted down when the guest has printed, or QEMU's output ended
     * @return the started thread
     */
    static Thread start(InputStream from, OutputStream to, CountDownLatch booted) {
        Thread thread = new Thread(new ConsoleTypist(from, to, booted), "qemu-console-input");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        try {
            booted.await();
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
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
