package dev.moka.kernel.ipc;

import dev.moka.kernel.api.syscall.Errno;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kernel's schemes by name. A process reaches a resource as {@code name:path} (see
 * {@link SchemePath}); the registry finds the scheme for the name. Kernel schemes are registered at
 * boot; user-space scheme daemons will register and leave at run time.
 *
 * <p>A name is 1 to {@value #MAX_NAME_LENGTH} characters of ASCII letters, digits, {@code '.'},
 * {@code '_'} and {@code '-'} (Redox uses dotted names such as {@code disk.live}); never {@code ':'}
 * or {@code '/'}, which would make {@code name:path} ambiguous.
 */
public final class SchemeRegistry {
    /** The longest scheme name. */
    public static final int MAX_NAME_LENGTH = 64;

    private final Map<String, Scheme> schemes = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /**
     * @param name   the scheme's name
     * @param scheme its server
     * @return 0, {@code -EEXIST} when the name is taken, {@code -EINVAL} for a name that is not valid
     */
    public long register(String name, Scheme scheme) {
        if (!isValidName(name) || scheme == null) {
            return -Errno.EINVAL;
        }
        if (schemes.containsKey(name)) {
            return -Errno.EEXIST;
        }
        schemes.put(name, scheme);
        names.add(name);
        return 0;
    }

    /**
     * Removes a scheme; what is open on it stays open, answered by the scheme object.
     *
     * @param name the scheme's name
     * @return 0, or {@code -ENODEV} when no scheme has that name
     */
    public long unregister(String name) {
        if (schemes.remove(name) == null) {
            return -Errno.ENODEV;
        }
        names.remove(name);
        return 0;
    }

    /**
     * @param name a scheme's name
     * @return the scheme, or null when none has that name
     */
    public Scheme lookup(String name) {
        return schemes.get(name);
    }

    /** @return the names of the schemes in the order they were registered, read-only */
    public List<String> names() {
        return Collections.unmodifiableList(names);
    }

    /**
     * @param name a proposed scheme name
     * @return whether it is a valid name (see the class comment)
     */
    public static boolean isValidName(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
