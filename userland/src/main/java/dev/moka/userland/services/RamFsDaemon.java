package dev.moka.userland.services;

import dev.moka.relibc.Errno;
import dev.moka.scheme.SchemeServer;
import dev.moka.scheme.SocketChannel;
import dev.moka.userland.Console;

/**
 * {@code ramfsd [NAME]}: serves a {@link RamFs} as the scheme {@code NAME} ({@code file} by default)
 * until its socket fails. Init starts it in the background and waits for the scheme to appear
 * ({@code await file} in {@code init.rc}) before it starts the shell.
 */
public final class RamFsDaemon {
    /** The bytes all files may hold together: half the daemon's heap. */
    static final long CAPACITY = 4L << 20;

    private RamFsDaemon() {
    }

    /** @param args the scheme's name, optionally */
    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "file";
        SocketChannel socket = SocketChannel.register(name);
        if (socket == null) {
            Console.error("ramfsd", ":" + name + ": " + Errno.describe(Errno.errno()));
            System.exit(1);
            return;
        }
        long end = new SchemeServer(new RamFs(CAPACITY), socket).serve();
        Console.error("ramfsd", "socket: " + Errno.describe((int) -end));
        System.exit(1);
    }
}
