package dev.moka.assembler.hosted;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.image.InitFsWriter;
import dev.moka.userland.Programs;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The initfs of an image with a {@code [userland]} table, for the hosted machine: the same files as
 * the native image's ({@code bin/NAME} for each program of the chosen packages, {@code etc/init.rc}),
 * with each program a {@link HostedExecutable} naming its main class instead of compiled code. Made
 * in milliseconds: nothing is compiled.
 */
public final class HostedUserland {
    private HostedUserland() {
    }

    /**
     * @param userland the table
     * @return the packed initfs
     */
    public static byte[] initFs(ImageConfig.UserlandSection userland) {
        InitFsWriter writer = new InitFsWriter();
        for (String pkg : userland.packages()) {
            Map<String, String> programs = Programs.programs(pkg);
            if (programs == null) {
                throw new IllegalArgumentException("no userland package " + pkg + "; available: "
                        + String.join(", ", Programs.packages()));
            }
            for (Map.Entry<String, String> program : programs.entrySet()) {
                writer.add("bin/" + program.getKey(), HostedExecutable.of(program.getValue()), true);
            }
        }
        writer.add("etc/init.rc", userland.initRc().getBytes(StandardCharsets.UTF_8), false);
        return writer.toBytes();
    }
}
