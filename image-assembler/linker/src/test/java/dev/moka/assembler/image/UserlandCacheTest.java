package dev.moka.assembler.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache of compiled userland images: keys follow every input byte, and old entries go. */
class UserlandCacheTest {
    @TempDir
    Path dir;

    @Test
    void aChangedClassOrSettingGivesAnotherKey() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes/p"));
        Files.write(classes.resolve("A.class"), new byte[] {1, 2, 3});
        String first = UserlandCache.key(List.of(dir.resolve("classes")), "base");
        assertEquals(first, UserlandCache.key(List.of(dir.resolve("classes")), "base"));
        assertNotEquals(first, UserlandCache.key(List.of(dir.resolve("classes")), "base,coreutils"));
        Files.write(classes.resolve("A.class"), new byte[] {1, 2, 4});
        assertNotEquals(first, UserlandCache.key(List.of(dir.resolve("classes")), "base"));
    }

    @Test
    void keepsTheNewestEntriesOnly() throws Exception {
        Path folder = dir.resolve("cache");
        UserlandCache cache = new UserlandCache(folder);
        for (int i = 0; i < UserlandCache.KEPT + 3; i++) {
            cache.put("k" + i, new byte[] {(byte) i});
            Files.setLastModifiedTime(folder.resolve("k" + i + ".initfs"), FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        cache.put("last", new byte[] {42});
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(UserlandCache.KEPT, files.count());
        }
        assertArrayEquals(new byte[] {42}, cache.get("last"));
        assertNull(cache.get("k0"), "the oldest went");
    }
}
