package org.adainit.jobs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adainit.simulator.qnn.QnnShape;
import org.junit.jupiter.api.Test;

class ThresholdRuleTest {

    private static double paper(int qubits) {
        return ThresholdRule.PAPER.threshold(new QnnShape(qubits, 2, 2), 50);
    }

    @Test
    void paperRuleMatchesTheSpecTableAtFiftyIterations() {
        // The paper's §3 threshold [2^{2N}·T]^{−1} worked out by hand for T = 50, to three digits.
        assertEquals(1.25e-3, paper(2), 1e-15);
        assertEquals(7.81e-5, paper(4), 0.01e-5);
        assertEquals(3.05e-7, paper(8), 0.01e-7);
        assertEquals(1.82e-14, paper(20), 0.01e-14);
    }

    @Test
    void paperRuleDependsOnQubitsNotLayers() {
        assertEquals(paper(2), ThresholdRule.PAPER.threshold(new QnnShape(2, 40, 2), 50));
    }

    @Test
    void mccleanRuleUsesOnePowerOfTwoPerQubit() {
        assertEquals(1.0 / (4 * 50), ThresholdRule.parse("mcclean").threshold(new QnnShape(2, 2, 2), 50));
    }

    @Test
    void parsesNamesAndNumbers() {
        assertEquals(ThresholdRule.PAPER, ThresholdRule.parse(" Paper "));
        assertEquals(new ThresholdRule.Fixed(1e-3), ThresholdRule.parse("1e-3"));
        assertEquals(0.0, ThresholdRule.parse("0").threshold(new QnnShape(2, 2, 2), 10));
        assertEquals("mcclean", ThresholdRule.parse("mcclean").externalName());
    }

    @Test
    void rejectsNegativeAndUnknownValuesWithTheAllowedChoices() {
        for (String bad : new String[] {"-1", "strict", "NaN"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThresholdRule.parse(bad));
            assertTrue(e.getMessage().contains(bad) && e.getMessage().contains("paper"), e.getMessage());
        }
    }
}
