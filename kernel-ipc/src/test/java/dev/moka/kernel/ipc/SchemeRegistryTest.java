package dev.moka.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.ipc.schemes.NullScheme;
import dev.moka.kernel.ipc.schemes.ZeroScheme;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemeRegistryTest {
    @Test
    void registersLooksUpAndListsInOrder() {
        SchemeRegistry registry = new SchemeRegistry();
        Scheme zero = new ZeroScheme();
        assertEquals(0, registry.register("zero", zero));
        assertEquals(0, registry.register("null", new NullScheme()));
        assertSame(zero, registry.lookup("zero"));
        assertNull(registry.lookup("rand"));
        assertEquals(List.of("zero", "null"), registry.names());
        assertThrows(UnsupportedOperationException.class, () -> registry.names().add("x"));
    }

    @Test
    void aNameIsTakenOnce() {
        SchemeRegistry registry = new SchemeRegistry();
        Scheme first = new ZeroScheme();
        registry.register("zero", first);
        assertEquals(-Errno.EEXIST, registry.register("zero", new NullScheme()));
        assertSame(first, registry.lookup("zero"));
    }

    @Test
    void refusesNamesThatWouldMakeSchemePathsAmbiguous() {
        SchemeRegistry registry = new SchemeRegistry();
        for (String bad : new String[] {"", "a:b", "a/b", "with space", "x".repeat(65), "ü"}) {
            assertEquals(-Errno.EINVAL, registry.register(bad, new NullScheme()), bad);
            assertFalse(SchemeRegistry.isValidName(bad), bad);
        }
        assertEquals(-Errno.EINVAL, registry.register("ok", null));
        assertTrue(SchemeRegistry.isValidName("disk.live_2-a"));
        assertTrue(registry.names().isEmpty());
    }

    @Test
    void unregisterRemovesTheName() {
        SchemeRegistry registry = new SchemeRegistry();
        registry.register("null", new NullScheme());
        assertEquals(0, registry.unregister("null"));
        assertNull(registry.lookup("null"));
        assertTrue(registry.names().isEmpty());
        assertEquals(-Errno.ENODEV, registry.unregister("null"));
    }
}
