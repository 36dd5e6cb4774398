package dev.moka.testkit.scheme;

import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.SchemeRegistry;
import dev.moka.kernel.ipc.WaitChannel;
import dev.moka.kernel.ipc.user.UserScheme;
import dev.moka.kernel.ipc.user.UserSchemes;
import dev.moka.scheme.SchemeChannel;
import dev.moka.scheme.SchemeHandler;
import dev.moka.scheme.SchemeServer;

/**
 * A daemon's {@link SchemeHandler} served on the JVM through the kernel's own user-scheme code
 * ({@link UserScheme}), with no threads: when a caller waits for its answer, the blocker runs the
 * daemon's {@link SchemeServer} for one request. Every call thus goes through the real request and
 * response records in both directions, so a daemon is unit-tested as the kernel will drive it, and
 * {@link #scheme()} can be held to {@link SchemeContract} like any kernel scheme.
 */
public final class HostedDaemon {
    private final UserScheme scheme;
    private final SchemeServer server;

    /**
     * @param name    the scheme's name
     * @param handler the daemon's operations
     */
    public HostedDaemon(String name, SchemeHandler handler) {
        Pump pump = new Pump();
        scheme = new UserSchemes(new SchemeRegistry(), pump).register(name, new Caller(1, 0, 0));
        Scheme socket = scheme.socket();
        server = new SchemeServer(handler, new SchemeChannel() {
            @Override
            public long read(byte[] buffer, int offset, int length) {
                return socket.read(0, buffer, offset, length, 0, OpenFlags.O_NONBLOCK);
            }

            @Override
            public long write(byte[] buffer, int offset, int length) {
                return socket.write(0, buffer, offset, length, 0, 0);
            }
        });
        pump.server = server;
    }

    /** @return the scheme as callers see it: every call a request to the daemon */
    public Scheme scheme() {
        return scheme;
    }

    /** @return the kernel's side of the scheme, for its counts and for ending the daemon */
    public UserScheme userScheme() {
        return scheme;
    }

    /** Serves what is queued and needs no answer (closes, cancels). */
    public void drain() {
        while (server.serveOne() >= 0) {
            // one request each
        }
    }

    /** Waiting for an answer means serving the next request; with none queued, the wait fails. */
    private static final class Pump implements Blocker {
        SchemeServer server;

        @Override
        public boolean sleep(WaitChannel channel) {
            return server.serveOne() >= 0;
        }

        @Override
        public void wakeAll(WaitChannel channel) {
        }
    }
}
