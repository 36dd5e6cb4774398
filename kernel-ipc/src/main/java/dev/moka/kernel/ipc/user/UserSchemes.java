package dev.moka.kernel.ipc.user;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.SchemeRegistry;

/**
 * Makes user schemes: what {@code open(":name", O_CREAT)} asks for. The new scheme is registered at
 * once, so the first open of {@code name:} after the daemon's call returns already reaches it.
 */
public final class UserSchemes {
    private final SchemeRegistry registry;
    private final Blocker blocker;

    /**
     * @param registry where the schemes are registered
     * @param blocker  how callers and daemons wait ({@link Blocker#refusing()} makes every call that
     *                 has to wait for a daemon give {@code EINTR})
     */
    public UserSchemes(SchemeRegistry registry, Blocker blocker) {
        this.registry = registry;
        this.blocker = blocker;
    }

    /**
     * @param name   the scheme's name
     * @param daemon the serving process
     * @return the registered scheme; null when the name is invalid or taken ({@link #whyNot} says which)
     */
    public UserScheme register(String name, Caller daemon) {
        if (whyNot(name) != 0) {
            return null;
        }
        UserScheme scheme = new UserScheme(name, registry, blocker, daemon);
        return registry.register(name, scheme) == 0 ? scheme : null;
    }

    /**
     * @param name a proposed scheme name
     * @return 0 when it can be registered, {@code -EINVAL} for an invalid name, {@code -EEXIST} for
     *         a name taken
     */
    public long whyNot(String name) {
        if (!SchemeRegistry.isValidName(name)) {
            return -Errno.EINVAL;
        }
        return registry.lookup(name) != null ? -Errno.EEXIST : 0;
    }
}
