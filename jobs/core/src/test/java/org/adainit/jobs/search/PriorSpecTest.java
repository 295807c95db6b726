package org.adainit.jobs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adainit.simulator.init.BetaInitialiser;
import org.adainit.simulator.init.Initialiser;
import org.adainit.simulator.init.NormalInitialiser;
import org.adainit.simulator.init.UniformInitialiser;
import org.adainit.simulator.qnn.QnnShape;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class PriorSpecTest {

    private static final QnnShape SHAPE = new QnnShape(2, 2, 2);
    // Skewed towards 0 after BeInit's global min-max scaling, so the fitted Beta has α < β.
    private static final double[][] FEATURES = {{0.0, 0.1}, {0.2, 0.1}, {0.3, 0.05}, {1.0, 0.15}, {0.4, 0.2}};

    @Test
    void gainitUsesTheStructuresLayerCount() {
        NormalInitialiser gainit = assertInstanceOf(NormalInitialiser.class,
                PriorSpec.of(PriorName.GAINIT).create(SHAPE, FEATURES));
        assertEquals(0.25, gainit.standardDeviation(), 1e-12, "γ² = 1/(4·(2+2)) = 1/16 at L = 2 (GaInit Thm 4.1)");
        assertEquals("gainit", gainit.name());
    }

    @Test
    void gainitTimesFourIsThePennyLaneConvention() {
        NormalInitialiser x4 = assertInstanceOf(NormalInitialiser.class,
                PriorSpec.parse("gainit-x4").create(SHAPE, FEATURES));
        assertEquals(0.5, x4.standardDeviation(), 1e-12, "4γ² = 1/(L+2) = 1/4 at L = 2, σ = 1/2 (GaInit Thm 4.1)");
        NormalInitialiser localityTwo = assertInstanceOf(NormalInitialiser.class,
                new PriorSpec(PriorName.GAINIT, List.of(2.0, 1.0)).create(new QnnShape(2, 18, 2), FEATURES));
        assertEquals(1.0 / 160, localityTwo.standardDeviation() * localityTwo.standardDeviation(), 1e-15,
                "GaInit's worked example: S = 2, L = 18 gives γ² = 1/160");
    }

    @Test
    void betaAndBeinitAreTheSameFittedLawUnderTheirOwnNames() {
        BetaInitialiser beta = assertInstanceOf(BetaInitialiser.class,
                PriorSpec.of(PriorName.BETA).create(SHAPE, FEATURES));
        BetaInitialiser beinit = assertInstanceOf(BetaInitialiser.class,
                PriorSpec.of(PriorName.BEINIT).create(SHAPE, FEATURES));
        assertEquals(beinit.alpha(), beta.alpha());
        assertEquals(beinit.beta(), beta.beta());
        assertTrue(beta.alpha() < beta.beta(), beta.law());
        assertEquals("beta", beta.name());
        assertEquals("beinit", beinit.name());
    }

    @Test
    void betaWithParametersIgnoresTheData() {
        PriorSpec fixed = new PriorSpec(PriorName.BETA, List.of(2.0, 5.0));
        BetaInitialiser law = assertInstanceOf(BetaInitialiser.class, fixed.create(SHAPE, FEATURES));
        assertEquals(2.0, law.alpha());
        assertEquals(5.0, law.beta());
        assertEquals("beta-alpha2-beta5", fixed.externalName());
        assertEquals("beta with alpha 2.0000 and beta 5.0000", law.law());
    }

    @Test
    void standardLawsIgnoreTheData() {
        assertEquals("standard uniform", PriorSpec.of(PriorName.UNIFORM).create(SHAPE, FEATURES).law());
        assertEquals("standard normal", PriorSpec.of(PriorName.NORMAL).create(SHAPE, FEATURES).law());
    }

    @Test
    void uniformTwoPiDrawsOverTheWholePeriodAndThePromptSaysSo() {
        Initialiser law = PriorSpec.parse("uniform-2pi").create(SHAPE, FEATURES);
        assertEquals("uniform on [0.0, 6.283185307179586]", law.law());
        UniformInitialiser uniform = assertInstanceOf(UniformInitialiser.class, law);
        assertEquals(0.0, uniform.lower());
        assertEquals(2 * Math.PI, uniform.upper());
        double[] draws = law.sample(new QnnShape(20, 100, 2), new Well19937c(11)).values();
        double sum = 0;
        for (double v : draws) {
            assertTrue(v >= 0 && v < 2 * Math.PI, "inside [0, 2π): " + v);
            sum += v;
        }
        // U(0, 2π) has mean π and standard deviation 2π/√12; 4 standard errors of the mean.
        double standardError = 2 * Math.PI / Math.sqrt(12) / Math.sqrt(draws.length);
        assertEquals(Math.PI, sum / draws.length, 4 * standardError);
    }

    @Test
    void theSameLawHasOneNameAndOneHashIdentityHoweverWritten() {
        assertEquals(PriorSpec.of(PriorName.UNIFORM), new PriorSpec(PriorName.UNIFORM, List.of(0.0, 1.0)));
        assertEquals("UNIFORM", new PriorSpec(PriorName.UNIFORM, List.of(0.0, 1.0)).identity(),
                "the bare law hashes as the enum constant did, so existing grids keep their hash");
        PriorSpec written = new PriorSpec(PriorName.UNIFORM, List.of(0.0, 6.283185307179586));
        assertEquals(PriorSpec.parse("uniform-2pi"), written);
        assertEquals("uniform-2pi", written.externalName());
        assertEquals("uniform-2pi", written.identity());
        assertEquals("normal-mean0-std0.5", new PriorSpec(PriorName.NORMAL, List.of(0.0, 0.5)).externalName());
        assertEquals("uniform-low-1-high2.5", new PriorSpec(PriorName.UNIFORM, List.of(-1.0, 2.5)).externalName());
    }

    @Test
    void outcomeFilesReadBackTheLawTheyWereWrittenWith() {
        for (PriorSpec prior : List.of(PriorSpec.of(PriorName.BETA), PriorSpec.parse("uniform-2pi"),
                new PriorSpec(PriorName.UNIFORM, List.of(-1.0, 2.5)), new PriorSpec(PriorName.NORMAL, List.of(-0.5, 1e-3)),
                new PriorSpec(PriorName.GAINIT, List.of(2.0, 0.1)), new PriorSpec(PriorName.BETA, List.of(0.3, 7.0)))) {
            assertEquals(prior, PriorSpec.fromIdentity(prior.identity()), prior.identity());
        }
        assertEquals(PriorSpec.of(PriorName.GAINIT), PriorSpec.fromIdentity("GAINIT"), "files written before priors "
                + "took parameters hold the enum constant");
    }

    @Test
    void badParametersNameTheParameter() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new PriorSpec(PriorName.UNIFORM, List.of(1.0, 1.0))).getMessage().contains("high (1.0)"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new PriorSpec(PriorName.NORMAL, List.of(0.0, -0.5))).getMessage().contains("std must be > 0"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new PriorSpec(PriorName.GAINIT, List.of(1.5, 1.0))).getMessage().contains("locality"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new PriorSpec(PriorName.BEINIT, List.of(1.0))).getMessage().contains("no parameters"));
    }

    @Test
    void parsesNamesAndShortNamesAndListsTheAllowedOnes() {
        assertEquals(PriorSpec.of(PriorName.BEINIT), PriorSpec.parse(" BeInit"));
        assertEquals(new PriorSpec(PriorName.UNIFORM, List.of(-Math.PI, Math.PI)), PriorSpec.parse("uniform-pm-pi"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PriorSpec.parse("cauchy"));
        assertTrue(e.getMessage().contains("cauchy") && e.getMessage().contains("gainit")
                && e.getMessage().contains("uniform-2pi"), e.getMessage());
    }
}
