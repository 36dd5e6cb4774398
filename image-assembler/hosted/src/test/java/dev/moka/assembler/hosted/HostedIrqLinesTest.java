package dev.moka.assembler.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulated machine's interrupt lines: requests latched while masked, delivered once, masking the line. */
class HostedIrqLinesTest {
    private final HostedIrqLines lines = new HostedIrqLines();
    private final List<Integer> fired = new ArrayList<>();

    @Test
    void aRequestWaitsForItsLineToBeUnmaskedAndMasksItWhenDelivered() {
        lines.attach(fired::add);
        assertTrue(lines.isAttached());
        lines.raise(1);
        lines.deliver();
        assertEquals(List.of(), fired, "lines start masked");
        assertTrue(lines.isRequested(1));
        lines.unmask(1);
        lines.deliver();
        assertEquals(List.of(1), fired);
        assertFalse(lines.isUnmasked(1), "a line that fired is masked until the kernel unmasks it");
        lines.raise(1);
        lines.raise(1);
        lines.deliver();
        assertEquals(List.of(1), fired);
        lines.unmask(1);
        lines.deliver();
        lines.deliver();
        assertEquals(List.of(1, 1), fired, "two requests while masked are one, as a latch holds one");
    }

    @Test
    void linesAreDeliveredLowestFirstAndTheKernelsLinesNever() {
        lines.attach(fired::add);
        for (int line : new int[] {12, 0, 2, 7, 15, 1}) {
            lines.unmask(line);
            lines.raise(line);
        }
        lines.deliver();
        assertEquals(List.of(1, 12), fired);
    }

    @Test
    void withoutASinkRequestsWait() {
        lines.unmask(3);
        lines.raise(3);
        lines.deliver();
        lines.attach(fired::add);
        lines.deliver();
        assertEquals(List.of(3), fired);
    }
}
