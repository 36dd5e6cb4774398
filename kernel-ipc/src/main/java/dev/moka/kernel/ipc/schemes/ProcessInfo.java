package dev.moka.kernel.ipc.schemes;

/**
 * One line of {@code sys:context}.
 *
 * @param pid   the process id
 * @param ppid  its parent's id, 0 for none
 * @param state its state as one word, such as {@code running}, {@code blocked}, {@code exited}
 * @param name  its name, usually the program's
 */
public record ProcessInfo(int pid, int ppid, String state, String name) {
}
