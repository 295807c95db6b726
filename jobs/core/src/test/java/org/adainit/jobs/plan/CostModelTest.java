package org.adainit.jobs.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridReader;
import org.junit.jupiter.api.Test;

/** The calibration's statistics, worked out by hand, and the warning a scattered calibration gets. */
class CostModelTest {

    private static final CostModel.Coefficients COEFFICIENTS = new CostModel.Coefficients(2e-7, 0, 1.5e-8);

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3.0, CostModel.median(new double[] {5, 1, 3}));
        assertEquals(2.5, CostModel.median(new double[] {4, 1, 3, 2}));
    }

    @Test
    void spreadIsTheLargestInterquartileRangeOverTheMedian() {
        // Point 0 over 5 rounds: sorted 1.0 1.1 1.2 1.3 5.0 -> quartiles at indices 1 and 3: (1.3 - 1.1) / 1.2.
        // Point 1: sorted 2 2 2 2 2 -> 0. The burst in round 5 (5.0) does not count.
        List<double[]> rounds = List.of(new double[] {1.2, 2}, new double[] {1.0, 2}, new double[] {1.3, 2},
                new double[] {1.1, 2}, new double[] {5.0, 2});
        assertEquals((1.3 - 1.1) / 1.2, CostModel.largestSpread(rounds), 1e-15);
        // Three rounds: the quartiles are the extremes, (3 - 1) / 2 for the second point.
        assertEquals(1.0, CostModel.largestSpread(List.of(new double[] {1, 1}, new double[] {1, 2},
                new double[] {1, 3})), 1e-15);
    }

    @Test
    void eachRangeOfWidthsIsFittedOnItsOwnPointsAndPricedByItsOwnCoefficients() {
        CostModel.Coefficients small = new CostModel.Coefficients(3e-7, 2e-9, 4e-8);
        CostModel.Coefficients wide = new CostModel.Coefficients(1e-6, 5e-9, 1.2e-8);
        CostModel.Coefficients smallFit = CostModel.fit(CostModel.SMALL_POINTS, timed(CostModel.SMALL_POINTS, small));
        CostModel.Coefficients wideFit = CostModel.fit(CostModel.WIDE_POINTS, timed(CostModel.WIDE_POINTS, wide));
        assertEquals(small.overheadSeconds(), smallFit.overheadSeconds(), 1e-15);
        assertEquals(small.perAmplitudeSeconds(), smallFit.perAmplitudeSeconds(), 1e-15);
        assertEquals(small.perAmplitudeLayerSeconds(), smallFit.perAmplitudeLayerSeconds(), 1e-15);
        assertEquals(wide.perAmplitudeSeconds(), wideFit.perAmplitudeSeconds(), 1e-15);
        assertEquals(wide.perAmplitudeLayerSeconds(), wideFit.perAmplitudeLayerSeconds(), 1e-15);

        CostModel model = new CostModel(small, wide, "test", 0);
        // N = 6 is the small evaluator's widest circuit, N = 7 the first of the others.
        assertEquals(3e-7 + 2e-9 * 64 + 4e-8 * 64 * 30, model.sampleSeconds(6, 30), 1e-18);
        assertEquals(1e-6 + 5e-9 * 128 + 1.2e-8 * 128 * 30, model.sampleSeconds(7, 30), 1e-18);
    }

    @Test
    void aTermTheTimingsWouldMakeNegativeIsLeftOutAndTheOthersRefitted() {
        // The medians of a calibration on a 2-core VM (seconds per sample at these points): the full fit wants b < 0.
        List<int[]> points = List.of(new int[] {8, 2}, new int[] {10, 2}, new int[] {12, 2}, new int[] {14, 2},
                new int[] {8, 16}, new int[] {10, 8});
        double[] seconds = {1.29e-5, 3.93e-5, 1.78e-4, 6.42e-4, 9.61e-5, 2.80e-4};

        CostModel.Coefficients fit = CostModel.fit(points, seconds);

        // Least relative error of t = a + c·2^N·L alone, by its 2x2 normal equations: sum(u u^T) (a, c) = sum(u),
        // with u = (1, 2^N·L) / t at each point.
        double s11 = 0;
        double s12 = 0;
        double s22 = 0;
        double r1 = 0;
        double r2 = 0;
        for (int i = 0; i < seconds.length; i++) {
            int[] p = points.get(i);
            double u1 = 1 / seconds[i];
            double u2 = Math.pow(2, p[0]) * p[1] / seconds[i];
            s11 += u1 * u1;
            s12 += u1 * u2;
            s22 += u2 * u2;
            r1 += u1;
            r2 += u2;
        }
        double determinant = s11 * s22 - s12 * s12;
        assertEquals(0.0, fit.perAmplitudeSeconds());
        assertEquals((r1 * s22 - r2 * s12) / determinant, fit.overheadSeconds(), 1e-18);
        assertEquals((s11 * r2 - s12 * r1) / determinant, fit.perAmplitudeLayerSeconds(), 1e-20);
        // Those were the timings the clamped full fit priced 1.26-1.48 times too high at L = 2; now within 17 %.
        for (int i = 0; i < 4; i++) {
            int[] p = points.get(i);
            double ratio = new CostModel(fit, fit, "test", 0).sampleSeconds(p[0], p[1]) / seconds[i];
            assertTrue(ratio > 0.95 && ratio < 1.17, "N = " + p[0] + ": " + ratio);
        }
    }

    /** What a simulator costed by {@code truth} would take at each point. */
    private static double[] timed(List<int[]> points, CostModel.Coefficients truth) {
        return points.stream().mapToDouble(p -> truth.overheadSeconds() + truth.perAmplitudeSeconds()
                * Math.pow(2, p[0]) + truth.perAmplitudeLayerSeconds() * Math.pow(2, p[0]) * p[1]).toArray();
    }

    @Test
    void aScatteredCalibrationIsFlaggedAndAStableOneIsNot() {
        Grid grid = GridReader.read(Path.of(System.getProperty("adainit.root"), "conf", "grids", "quickstart.yaml")
                .toString());
        assertTrue(print(grid, new CostModel(COEFFICIENTS, COEFFICIENTS, "test", 0.35)).contains(
                "warning: the calibration's timings scattered by 35 %"));
        assertFalse(print(grid, new CostModel(COEFFICIENTS, COEFFICIENTS, "test", 0.05)).contains("warning"));
    }

    private static String print(Grid grid, CostModel model) {
        StringWriter text = new StringWriter();
        Plan.of(grid, grid.cellStream(), model, RunOverheads.reference()).print(new PrintWriter(text), 2);
        return text.toString();
    }
}
