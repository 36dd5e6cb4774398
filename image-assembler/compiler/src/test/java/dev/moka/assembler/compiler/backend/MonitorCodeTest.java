package dev.moka.assembler.compiler.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** The inline fast path and kernel-core's monitor code agree on the lock word. */
class MonitorCodeTest {
    private static final String MONITORS = "dev.moka.kernel.core.sync.Monitors";

    private static long constant(String name) throws Exception {
        Field f = Class.forName(MONITORS).getDeclaredField(name);
        f.setAccessible(true);
        return f.getLong(null);
    }

    @Test
    void lockWordBitsMatchKernelCore() throws Exception {
        assertEquals(constant("MARK"), MonitorCode.MARK);
        assertEquals(constant("THIN") | constant("COUNT_ONE"), MonitorCode.THIN_ONCE);
        assertEquals(32, constant("OWNER_SHIFT"));
    }

    @Test
    void theOwnerBitsFieldIsAStaticLongOfMonitors() throws Exception {
        Field f = Class.forName(MONITORS).getDeclaredField("ownerBits");
        assertTrue(Modifier.isStatic(f.getModifiers()));
        assertEquals(long.class, f.getType());
        assertEquals("static:" + MONITORS.replace('.', '/') + ".ownerBits", MonitorCode.OWNER_BITS);
    }
}
