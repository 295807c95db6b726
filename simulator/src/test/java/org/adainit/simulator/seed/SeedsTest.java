package org.adainit.simulator.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void derivationIsAPureFunctionOfItsInputs() {
        assertEquals(Seeds.derive(7, 1, 2), Seeds.derive(7, 1, 2));
        assertEquals(Seeds.derive(7, "iris/q2/l2"), Seeds.derive(7, "iris/q2/l2"));
    }

    @Test
    void nearbyInputsGiveDistinctSeeds() {
        Set<Long> seen = new HashSet<>();
        for (long base = 0; base < 20; base++) {
            for (long key = 0; key < 50; key++) {
                seen.add(Seeds.derive(base, key));
                seen.add(Seeds.derive(base, key, 0));
            }
        }
        assertEquals(2 * 20 * 50, seen.size());
        assertNotEquals(Seeds.derive(1, 2, 3), Seeds.derive(1, 3, 2));
        assertNotEquals(Seeds.derive(1, "ab"), Seeds.derive(1, "ba"));
    }
}
