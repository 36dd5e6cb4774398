/**
 * Schemes and file descriptors, Redox style: every resource a process reaches is a
 * {@code scheme:path}; the kernel keeps a registry of schemes, serves a few itself, gives each
 * process a table of file descriptors over shared open files, and dispatches the file-like system
 * calls to them. Plain Java against {@code dev.moka.kernel.api}: no magic, so all of it runs and is
 * tested on the JVM as it is.
 */
module dev.moka.kernel.ipc {
    requires transitive dev.moka.kernel.api;

    exports dev.moka.kernel.ipc;
    exports dev.moka.kernel.ipc.drivers;
    exports dev.moka.kernel.ipc.fd;
    exports dev.moka.kernel.ipc.schemes;
    exports dev.moka.kernel.ipc.syscall;
    exports dev.moka.kernel.ipc.user;
}
