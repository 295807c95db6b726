package org.adainit.jobs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adainit.simulator.init.BetaInitialiser;
import org.adainit.simulator.init.NormalInitialiser;
import org.adainit.simulator.qnn.QnnShape;
import org.junit.jupiter.api.Test;

class PriorNameTest {

    private static final QnnShape SHAPE = new QnnShape(2, 2, 2);
    // Skewed towards 0 after BeInit's global min-max scaling, so the fitted Beta has α < β.
    private static final double[][] FEATURES = {{0.0, 0.1}, {0.2, 0.1}, {0.3, 0.05}, {1.0, 0.15}, {0.4, 0.2}};

    @Test
    void gainitUsesTheStructuresLayerCount() {
        NormalInitialiser gainit = assertInstanceOf(NormalInitialiser.class, PriorName.GAINIT.create(SHAPE, FEATURES));
        assertEquals(0.25, gainit.standardDeviation(), 1e-12, "γ² = 1/(4·(2+2)) = 1/16 at L = 2 (spec §5)");
        assertEquals("gainit", gainit.name());
    }

    @Test
    void betaAndBeinitAreTheSameFittedLawUnderTheirOwnNames() {
        BetaInitialiser beta = assertInstanceOf(BetaInitialiser.class, PriorName.BETA.create(SHAPE, FEATURES));
        BetaInitialiser beinit = assertInstanceOf(BetaInitialiser.class, PriorName.BEINIT.create(SHAPE, FEATURES));
        assertEquals(beinit.alpha(), beta.alpha());
        assertEquals(beinit.beta(), beta.beta());
        assertTrue(beta.alpha() < beta.beta(), beta.law());
        assertEquals("beta", beta.name());
        assertEquals("beinit", beinit.name());
    }

    @Test
    void standardLawsIgnoreTheData() {
        assertEquals("standard uniform", PriorName.UNIFORM.create(SHAPE, FEATURES).law());
        assertEquals("standard normal", PriorName.NORMAL.create(SHAPE, FEATURES).law());
    }

    @Test
    void parsesExternalNamesAndListsTheAllowedOnes() {
        assertEquals(PriorName.BEINIT, PriorName.parse(" BeInit"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PriorName.parse("cauchy"));
        assertTrue(e.getMessage().contains("cauchy") && e.getMessage().contains("gainit"), e.getMessage());
    }
}
