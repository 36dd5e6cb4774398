package dev.moka.kernel.ipc;

/**
 * A resolved resource name: which scheme, and the canonical path within it.
 *
 * <p>How a name a process gives is resolved against its working directory (itself a
 * {@code SchemePath}):
 * <ul>
 *   <li>{@code name:rest}, where the first {@code ':'} comes before any {@code '/'}, names the
 *       scheme {@code name}; {@code rest} is taken from that scheme's root.</li>
 *   <li>A name without a scheme belongs to the working directory's scheme: {@code /rest} is taken
 *       from that scheme's root, anything else from the working directory.</li>
 * </ul>
 * The path is then made canonical: split at {@code '/'}, empty and {@code "."} segments dropped,
 * {@code ".."} removing the segment before it (and nothing at the root), joined with {@code '/'}
 * and no leading slash. So {@code sys:/./log} is {@code sys} and {@code log}; with the working
 * directory {@code file:home/user}, {@code ../x} is {@code file} and {@code home/x}.
 *
 * @param scheme the scheme's name
 * @param path   the canonical path within it; empty for the scheme's root
 */
public record SchemePath(String scheme, String path) {
    /** The longest name a process may give, in bytes. */
    public static final int MAX_LENGTH = 4096;

    /**
     * @param name             the name a process gave
     * @param workingDirectory the process's working directory
     * @return the resolved path, or null when {@code name} has an empty scheme name ({@code ":x"})
     */
    public static SchemePath resolve(String name, SchemePath workingDirectory) {
        int colon = name.indexOf(':');
        int slash = name.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            if (colon == 0) {
                return null;
            }
            return new SchemePath(name.substring(0, colon), canonical(name.substring(colon + 1)));
        }
        if (name.startsWith("/")) {
            return new SchemePath(workingDirectory.scheme(), canonical(name));
        }
        return new SchemePath(workingDirectory.scheme(), canonical(workingDirectory.path() + "/" + name));
    }

    /**
     * @param path any path
     * @return it in canonical form (see the class comment)
     */
    public static String canonical(String path) {
        StringBuilder result = new StringBuilder(path.length());
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            int segmentLength = end - start;
            if (segmentLength == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.') {
                int cut = result.lastIndexOf("/");
                result.setLength(cut < 0 ? 0 : cut);
            } else if (segmentLength > 0 && !(segmentLength == 1 && path.charAt(start) == '.')) {
                if (result.length() > 0) {
                    result.append('/');
                }
                result.append(path, start, end);
            }
            start = end + 1;
        }
        return result.toString();
    }

    /** @return {@code scheme:path}, the form {@code getcwd} and {@code fpath} report */
    @Override
    public String toString() {
        return scheme + ":" + path;
    }
}
