package dev.moka.userland;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The programs Moka ships, by package: what an image's {@code [userland]} table picks from. Each
 * program is a class with {@code main}, compiled into its own executable {@code bin/NAME}.
 */
public final class Programs {
    /** The package every userland has: init, the shell and the {@code file:} daemon. */
    public static final String BASE = "base";

    private static final Map<String, Map<String, String>> PACKAGES = new LinkedHashMap<>();

    static {
        add(BASE, "init", "dev.moka.userland.init.Init");
        add(BASE, "sh", "dev.moka.userland.sh.Shell");
        add(BASE, "ramfsd", "dev.moka.userland.services.RamFsDaemon");
        add(BASE, "pcid", "dev.moka.userland.drivers.PciDaemon");
        add(BASE, "rtcd", "dev.moka.userland.drivers.RtcDaemon");
        add(BASE, "ps2d", "dev.moka.userland.drivers.Ps2Daemon");
        String utils = "dev.moka.userland.coreutils.";
        for (String name : List.of("echo", "cat", "ls", "ps", "kill", "uname", "sleep", "true", "false", "wc", "env",
                "rm", "mv")) {
            add("coreutils", name, utils + Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        add("usertests", "usertests", "dev.moka.userland.usertests.UserTests");
        add("sysbench", "sysbench", "dev.moka.userland.sysbench.SysBench");
    }

    private Programs() {
    }

    private static void add(String pkg, String name, String mainClass) {
        PACKAGES.computeIfAbsent(pkg, p -> new LinkedHashMap<>()).put(name, mainClass);
    }

    /** @return the package names, {@link #BASE} first */
    public static List<String> packages() {
        return List.copyOf(PACKAGES.keySet());
    }

    /**
     * @param pkg a package name
     * @return its programs, name to main class, in a fixed order; null for an unknown package
     */
    public static Map<String, String> programs(String pkg) {
        Map<String, String> programs = PACKAGES.get(pkg);
        return programs == null ? null : new LinkedHashMap<>(programs);
    }

    /** The {@code etc/init.rc} of an image that gives none: a greeting before the shell starts. */
    public static final String DEFAULT_INIT_RC = """
            # Commands init runs before it starts the shell on the console: echo, export, cd,
            # run PROGRAM ARGS (start and wait), spawn PROGRAM ARGS (start in the background),
            # await SCHEME (wait until a daemon has registered the scheme).
            export USER=root
            spawn ramfsd
            await file
            # Drivers: `driver` lets a program have ports and irq:, `restart` has init restart it.
            run driver rtcd
            spawn driver pcid
            spawn driver restart ps2d
            await pci
            await input
            echo Moka: type a command, such as ls initfs:bin, ps or usertests, and end the input to shut down.
            """;
}
