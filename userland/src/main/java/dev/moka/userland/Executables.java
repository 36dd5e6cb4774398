package dev.moka.userland;

/** Where a command's program is found: a name with a scheme or a slash as given, others on {@code PATH}. */
public final class Executables {
    /** The search path when the environment has none. */
    public static final String DEFAULT_PATH = "initfs:bin";

    private Executables() {
    }

    /**
     * @param command a command's first word
     * @param path    the {@code PATH} value: directories separated by {@code ;} (a scheme path has a
     *                colon of its own), or null
     * @return the path to open for it
     */
    public static String resolve(String command, String path) {
        if (command.indexOf(':') >= 0 || command.indexOf('/') >= 0) {
            return command;
        }
        String directories = path == null || path.isEmpty() ? DEFAULT_PATH : path;
        int semicolon = directories.indexOf(';');
        String first = semicolon < 0 ? directories : directories.substring(0, semicolon);
        return first.endsWith("/") || first.endsWith(":") ? first + command : first + "/" + command;
    }

    /**
     * @param status a wait status from {@code waitpid}
     * @return the shell's {@code $?} for it: the exit code, or 128 plus the signal
     */
    public static int shellStatus(int status) {
        return dev.moka.relibc.Wait.exited(status) ? dev.moka.relibc.Wait.exitStatus(status)
                : 128 + dev.moka.relibc.Wait.termSignal(status);
    }
}
