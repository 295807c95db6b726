package org.adainit.jobs.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** Log-space spread: never a bound at or below zero, where the t-interval of the arithmetic mean goes negative. */
class GeometricSpreadTest {

    @Test
    void twoValuesTwoDecadesApart() {
        // ln values −4 ln 10 and −2 ln 10: mean −3 ln 10, sample sd √2·ln 10.
        GeometricSpread s = GeometricSpread.of(new double[] {1e-4, 1e-2});
        assertEquals(1e-3, s.geometricMean(), 1e-15);
        assertEquals(Math.exp(Math.sqrt(2) * Math.log(10)), s.geometricStd(), 1e-9);
        double half = 12.706204736174707 * Math.sqrt(2) * Math.log(10) / Math.sqrt(2);
        assertEquals(Math.exp(-3 * Math.log(10) - half), s.ci95Low(), 1e-15);
        assertEquals(Math.exp(-3 * Math.log(10) + half), s.ci95High(), 1e-3);
    }

    @Test
    void staysPositiveWhereTheArithmeticIntervalGoesNegative() {
        double[] variances = {2.1e-2, 4e-4, 1.5e-3, 9e-5, 3e-3};
        double mean = 0;
        for (double v : variances) {
            mean += v / variances.length;
        }
        double ss = 0;
        for (double v : variances) {
            ss += (v - mean) * (v - mean);
        }
        double arithmeticLow = mean - new TDistribution(4).inverseCumulativeProbability(0.975)
                * Math.sqrt(ss / 4) / Math.sqrt(5);
        assertTrue(arithmeticLow < 0, "the example must be one where Student's interval of the mean fails");
        GeometricSpread s = GeometricSpread.of(variances);
        assertTrue(s.ci95Low() > 0 && s.ci95Low() < s.geometricMean() && s.geometricMean() < s.ci95High());
        assertTrue(s.geometricMean() / s.geometricStd() > 0);
    }

    @Test
    void nonPositiveValuesAreLeftOut() {
        GeometricSpread s = GeometricSpread.of(new double[] {0, 4e-3, -1});
        assertEquals(1, s.count());
        assertEquals(4e-3, s.geometricMean(), 1e-15);
        assertNull(s.geometricStd());
        assertNull(GeometricSpread.of(new double[] {0}));
    }
}
