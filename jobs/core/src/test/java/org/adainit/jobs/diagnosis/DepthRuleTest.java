package org.adainit.jobs.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DepthRuleTest {

    @Test
    void readsFixedAndPerQubitDepths() {
        assertEquals(80, DepthRule.parse("10n").layers(8));
        assertEquals("10n", DepthRule.parse(" 10N ").label());
        assertEquals(40, DepthRule.parse("40").layers(8));
        assertEquals("40", DepthRule.parse("40").label());
    }

    @Test
    void refusesWhatIsNotADepth() {
        for (String bad : new String[] {"ten", "0", "-3", "n", "2.5n", "20000"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DepthRule.parse(bad));
            assertEquals("must be a number of layers in 1..10000 or '<k>n' (k times the qubit count), got '" + bad
                    + "'", e.getMessage());
        }
    }
}
