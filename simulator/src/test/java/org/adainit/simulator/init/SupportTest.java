package org.adainit.simulator.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SupportTest {

    private static final Support UNIT = new Support(0, 1);

    @Test
    void aStepPastEitherBoundComesBackByTheSameDistance() {
        assertEquals(0.25, UNIT.reflect(-0.25), 1e-15);
        assertEquals(0.75, UNIT.reflect(1.25), 1e-15);
        Support twoPi = new Support(0, 2 * Math.PI);
        assertEquals(0.5, twoPi.reflect(-0.5), 1e-15);
        assertEquals(2 * Math.PI - 0.5, twoPi.reflect(2 * Math.PI + 0.5), 1e-15);
        Support shifted = new Support(-1, 3);
        assertEquals(-0.5, shifted.reflect(-1.5), 1e-15);
        assertEquals(2.0, shifted.reflect(4.0), 1e-15);
    }

    @Test
    void stepsLongerThanTheIntervalBounceUntilTheyLandInside() {
        // 2.3 → bounces at 1 to −0.3 → bounces at 0 to 0.3
        assertEquals(0.3, UNIT.reflect(2.3), 1e-15);
        // −1.4 → bounces at 0 to 1.4 → bounces at 1 to 0.6
        assertEquals(0.6, UNIT.reflect(-1.4), 1e-15);
        // a whole period (2 widths) away lands where it started
        assertEquals(0.7, UNIT.reflect(0.7 + 2 * 5), 1e-13);
    }

    @Test
    void valuesInsideAndOnTheBoundsAreReturnedUnchanged() {
        for (double inside : new double[] {0.0, 1e-300, 0.3, 0.1 + 0.2, 1 - 1e-16, 1.0}) {
            assertEquals(inside, UNIT.reflect(inside));
        }
    }

    @Test
    void anUnboundedSideLeavesValuesAlone() {
        assertEquals(-123.4, Support.REAL_LINE.reflect(-123.4));
        assertEquals(5e9, Support.REAL_LINE.reflect(5e9));
        Support positive = new Support(0, Double.POSITIVE_INFINITY);
        assertEquals(2.5, positive.reflect(-2.5));
        assertEquals(1e6, positive.reflect(1e6));
        Support negative = new Support(Double.NEGATIVE_INFINITY, 1);
        assertEquals(0.5, negative.reflect(1.5));
    }

    @Test
    void everyReflectedValueLiesInTheSupport() {
        Support narrow = new Support(0.1, 0.1 + 1e-3);
        for (double v = -50; v < 50; v += 0.0137) {
            assertTrue(UNIT.contains(UNIT.reflect(v)), "unit " + v);
            assertTrue(narrow.contains(narrow.reflect(v)), "narrow " + v);
        }
    }

    @Test
    void anEmptyOrReversedIntervalIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Support(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Support(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Support(Double.NaN, 1));
    }
}
