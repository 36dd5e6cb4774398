package dev.moka.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HandlesTest {
    @Test
    void handsOutTheLowestFreeNumberAndGrows() {
        Handles<String> handles = new Handles<>();
        for (int i = 0; i < 20; i++) {
            assertEquals(i, handles.add("h" + i));
        }
        assertEquals(20, handles.count());
        assertEquals("h5", handles.remove(5));
        assertEquals("h3", handles.remove(3));
        assertEquals(3, handles.add("again"));
        assertEquals(5, handles.add("and again"));
        assertEquals(20, handles.add("new"));
        assertEquals("again", handles.get(3));
    }

    @Test
    void numbersNotHandedOutAreNoHandles() {
        Handles<String> handles = new Handles<>();
        handles.add("only");
        assertNull(handles.get(-1));
        assertNull(handles.get(1));
        assertNull(handles.get(Long.MAX_VALUE));
        assertNull(handles.remove(7));
        assertEquals("only", handles.remove(0));
        assertNull(handles.remove(0));
        assertEquals(0, handles.count());
    }
}
