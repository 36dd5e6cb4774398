package dev.moka.kernel.core.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The monitor state machine in single scenarios: recursion, hand-off, wait and notify, misuse. */
class MonitorTableTest {
    private final MonitorTable table = new MonitorTable(4, 1);

    @Test
    void recursionCountsUpAndDownThenFreesTheMonitor() {
        int m = table.allocate(MonitorTable.NONE, 0);
        assertTrue(table.enter(m, 0));
        assertTrue(table.enter(m, 0));
        assertEquals(2, table.recursion(m));
        assertEquals(MonitorTable.NONE, table.exit(m, 0));
        assertEquals(0, table.owner(m));
        assertEquals(MonitorTable.NONE, table.exit(m, 0));
        assertEquals(MonitorTable.NONE, table.owner(m));
        assertTrue(table.isIdle(m));
    }

    @Test
    void theOwnerHandsTheMonitorToTheLongestWaitingEntrant() {
        int m = table.allocate(2, 3);
        assertFalse(table.enter(m, 0));
        assertFalse(table.enter(m, 1));
        assertEquals(MonitorTable.NONE, table.exit(m, 2));
        assertEquals(MonitorTable.NONE, table.exit(m, 2));
        assertEquals(0, table.exit(m, 2), "the first to block gets it");
        assertEquals(0, table.owner(m));
        assertEquals(1, table.recursion(m));
        assertEquals(1, table.exit(m, 0));
        assertEquals(MonitorTable.NONE, table.exit(m, 1));
        assertTrue(table.isIdle(m));
    }

    @Test
    void aNotifiedWaiterGetsItsRecursionCountBackAfterTheNotifier() {
        int m = table.allocate(0, 2);
        assertEquals(MonitorTable.NONE, table.startWait(m, 0));
        assertTrue(table.isWaiting(m, 0));
        assertEquals(MonitorTable.NONE, table.owner(m));
        assertFalse(table.isIdle(m), "a waiter keeps the record");
        assertTrue(table.enter(m, 1));
        assertTrue(table.notify(m, 1, false));
        assertFalse(table.isWaiting(m, 0));
        assertEquals(0, table.exit(m, 1));
        assertEquals(0, table.owner(m));
        assertEquals(2, table.recursion(m));
    }

    @Test
    void aWaiterWhoseTimeRanOutTakesAFreeMonitorOrQueues() {
        int m = table.allocate(0, 1);
        table.startWait(m, 0);
        assertTrue(table.stopWaiting(m, 0));
        assertEquals(0, table.owner(m));
        table.startWait(m, 0);
        assertTrue(table.enter(m, 3));
        assertFalse(table.stopWaiting(m, 0), "the monitor is taken: it queues");
        assertEquals(0, table.exit(m, 3));
    }

    @Test
    void nonOwnersCannotExitWaitOrNotify() {
        int m = table.allocate(1, 1);
        assertEquals(MonitorTable.NOT_OWNER, table.exit(m, 0));
        assertEquals(MonitorTable.NOT_OWNER, table.startWait(m, 0));
        assertFalse(table.notify(m, 0, true));
        int free = table.allocate(MonitorTable.NONE, 0);
        assertEquals(MonitorTable.NOT_OWNER, table.exit(free, 0));
    }

    @Test
    void freedRecordsAreReusedAndTheTableGrows() {
        int[] records = new int[10];
        for (int i = 0; i < records.length; i++) {
            records[i] = table.allocate(i % 4, 1);
        }
        for (int i = 0; i < records.length; i++) {
            assertEquals(i % 4, table.owner(records[i]), "records keep their own state after growing");
        }
        table.exit(records[3], 3);
        table.free(records[3]);
        assertEquals(records[3], table.allocate(MonitorTable.NONE, 0));
    }
}
