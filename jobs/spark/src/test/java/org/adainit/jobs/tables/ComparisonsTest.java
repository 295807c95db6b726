package org.adainit.jobs.tables;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComparisonsTest {

    private static SeriesKey key(String variant, String method, String generator, String prompt) {
        return new SeriesKey("iris", "uniform", variant, method, generator, prompt, null, null);
    }

    private static final SeriesKey OURS = key("adainit-embedded", "adainit", "embedded", "full");
    private static final SeriesKey RANDOM = key("adainit-random", "adainit", "random", "full");
    private static final SeriesKey CLASSIC = key("classic", "classic", null, null);
    private static final SeriesKey ENSEMBLE = key("init-ensemble-k100", "init-ensemble", null, null);
    private static final SeriesKey ABLATION = key("adainit-embedded-no-feedback", "adainit", "embedded", "no-feedback");

    @Test
    void eachPairRunsFromTheMethodThePaperExpectsHigher() {
        assertTrue(Comparisons.compared(OURS, RANDOM));
        assertTrue(Comparisons.compared(OURS, CLASSIC));
        assertTrue(Comparisons.compared(RANDOM, CLASSIC));
        assertTrue(Comparisons.compared(OURS, ABLATION));
        assertFalse(Comparisons.compared(CLASSIC, OURS));
        assertFalse(Comparisons.compared(ABLATION, OURS));
    }

    @Test
    void theInitialisationEnsembleIsComparedWithNothing() {
        for (SeriesKey other : new SeriesKey[] {OURS, RANDOM, CLASSIC, ABLATION}) {
            assertFalse(Comparisons.compared(other, ENSEMBLE), other.variant());
            assertFalse(Comparisons.compared(ENSEMBLE, other), other.variant());
        }
    }
}
