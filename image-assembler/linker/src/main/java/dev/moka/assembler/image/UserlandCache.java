package dev.moka.assembler.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps compiled userland initfs images between runs, so that booting the default image again does
 * not compile its programs again. An entry is named by a SHA-256 digest of everything the result
 * depends on: the bytes of every class of the programs, relibc, the kernel API, the compiler and
 * its runtime library, plus the image's package list and {@code init.rc}. A changed class changes
 * the name, so an entry is never stale. The folder is {@code $MOKA_CACHE}, else
 * {@code $XDG_CACHE_HOME/moka}, else {@code ~/.cache/moka}; a cache that cannot be written is
 * simply not used. It keeps the {@value #KEPT} entries written last and removes older ones.
 */
final class UserlandCache {
    /** How many entries the cache keeps. */
    static final int KEPT = 8;

    private final Path folder;

    UserlandCache(Path folder) {
        this.folder = folder;
    }

    /** @return the cache of this user's environment, or null when it names no usable folder */
    static UserlandCache standard() {
        String explicit = System.getenv("MOKA_CACHE");
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        Path folder = explicit != null && !explicit.isEmpty() ? Path.of(explicit)
                : xdg != null && !xdg.isEmpty() ? Path.of(xdg, "moka")
                : home != null ? Path.of(home, ".cache", "moka") : null;
        return folder == null ? null : new UserlandCache(folder.resolve("userland"));
    }

    /**
     * @param inputs   the class path entries (jars or folders) the result is made from
     * @param settings everything else it depends on, as text
     * @return the entry's key
     */
    static String key(List<Path> inputs, String settings) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        digest.update(settings.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (Path input : inputs) {
            digest.update(input.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (Stream<Path> files = Files.isDirectory(input) ? Files.walk(input) : Stream.of(input)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update(input.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    try (InputStream in = Files.newInputStream(file)) {
                        byte[] buffer = new byte[1 << 16];
                        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                            digest.update(buffer, 0, n);
                        }
                    }
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** @return the cached bytes, or null */
    byte[] get(String key) {
        try {
            Path file = folder.resolve(key + ".initfs");
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException unreadable) {
            return null;
        }
    }

    /** Stores an entry; one that cannot be written is left out. */
    void put(String key, byte[] initFs) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, key, ".part");
            Files.write(temporary, initFs);
            Files.move(temporary, folder.resolve(key + ".initfs"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            prune();
        } catch (IOException | UnsupportedOperationException unwritable) {
            // Without a cache the programs are compiled each time; nothing else changes.
        }
    }

    /** Removes all but the {@link #KEPT} newest entries, so that rebuilds do not fill the disk. */
    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(folder)) {
            entries = files.filter(f -> f.getFileName().toString().endsWith(".initfs")).sorted((a, b) -> {
                try {
                    return Files.getLastModifiedTime(b).compareTo(Files.getLastModifiedTime(a));
                } catch (IOException gone) {
                    return 0;
                }
            }).toList();
        }
        for (Path old : entries.subList(Math.min(KEPT, entries.size()), entries.size())) {
            Files.deleteIfExists(old);
        }
    }
}
