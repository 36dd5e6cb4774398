package dev.moka.assembler.hosted;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A run's port grants allow an access only when every port it touches was granted, as the I/O bitmap does. */
class PortGrantsTest {
    @Test
    void everyPortOfAnAccessMustBeGranted() {
        PortGrants none = PortGrants.NONE;
        assertFalse(none.allows(0x70, 1));
        PortGrants cmos = none.with(0x70, 2);
        assertFalse(none.allows(0x70, 1), "a grant makes a new set");
        assertTrue(cmos.allows(0x70, 1));
        assertTrue(cmos.allows(0x71, 1));
        assertFalse(cmos.allows(0x72, 1));
        assertFalse(cmos.allows(0x6F, 1));
        assertFalse(cmos.allows(0x70, 4), "a 32-bit access needs four ports");
        PortGrants pci = cmos.with(0xCF8, 8);
        assertTrue(pci.allows(0xCF8, 4));
        assertTrue(pci.allows(0xCFC, 4));
        assertFalse(pci.allows(0xCFD, 4));
        assertTrue(pci.allows(0x71, 1), "the earlier grant stays");
        PortGrants top = PortGrants.NONE.with(0xFFFE, 2);
        assertTrue(top.allows(0xFFFE, 2 - 1));
        assertFalse(top.allows(0xFFFE, 4), "past the last port");
    }
}
