package dev.moka.assembler.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of Moka this assembler belongs to: the Maven project version, written into
 * {@code version.properties} by resource filtering when the assembler is built.
 */
public final class MokaVersion {
    private static final String RESOURCE = "version.properties";
    private static final String UNFILTERED = "${project.version}";

    private MokaVersion() {
    }

    /**
     * @return the version, such as {@code 0.1.0-SNAPSHOT}
     * @throws IllegalStateException when the assembler was built without resource filtering
     */
    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = MokaVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the assembler");
            }
            properties.load(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        String version = properties.getProperty("version", "").trim();
        if (version.isEmpty() || version.equals(UNFILTERED)) {
            throw new IllegalStateException(RESOURCE + " was not filtered by the build: no version in it");
        }
        return version;
    }
}
