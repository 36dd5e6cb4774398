package dev.moka.kernel.ipc.schemes;

import java.util.List;

/**
 * The processes {@code sys:context} lists, supplied by the process layer. Asked once per
 * {@code open} of {@code sys:context}, so a reader sees one consistent snapshot.
 */
public interface ProcessDirectory {
    /** @return the processes now, in the order to list them */
    List<ProcessInfo> processes();
}
