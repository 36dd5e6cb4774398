package dev.moka.kernel.ipc;

/**
 * Who makes a request of a scheme: the process and its identity.
 *
 * @param pid the process id; 0 is the kernel itself
 * @param uid the user id
 * @param gid the group id
 */
public record Caller(int pid, int uid, int gid) {
    /** The kernel, for requests it makes on its own behalf. */
    public static final Caller KERNEL = new Caller(0, 0, 0);
}
