package org.adainit.simulator.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.adainit.simulator.diagnostics.StateLearningVariation.Design;
import org.adainit.simulator.diagnostics.StateLearningVariation.RandomPart;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class StateLearningVariationTest {

    @Test
    void meanRangeIsTwoToTheOneMinusNForEveryLegend() {
        for (RandomPart part : RandomPart.values()) {
            for (int n = 2; n <= 6; n++) {
                StateLearningVariation.Result r = StateLearningVariation.run(n, part, Design.ONE_DESIGN, 400, 24);
                double tolerance = 4 * r.std() / Math.sqrt(r.samples());
                assertEquals(StateLearningVariation.predictedMean(n), r.mean(), tolerance, part + " n=" + n);
            }
        }
    }

    @Test
    void optimiserFindsTheClosedFormRange() {
        // max over SU(2) of |Tr(U Mᵀ)| is the nuclear norm σ1 + σ2 of M and the minimum is 0, so Δ = (σ1 + σ2)².
        Well19937c random = new Well19937c(8);
        for (int trial = 0; trial < 20; trial++) {
            double[] m = new double[8];
            for (int i = 0; i < 8; i++) {
                m[i] = random.nextGaussian() * 0.4;
            }
            double nuclear = nuclearNorm(m);
            if (nuclear >= 1) {
                continue;
            }
            assertEquals(nuclear * nuclear, StateLearningVariation.optimisedRange(m, random), 1e-8);
        }
    }

    /** Singular values of a complex 2×2 M via its real 4×4 embedding [[Re, −Im], [Im, Re]] (each appears twice). */
    private static double nuclearNorm(double[] m) {
        Complex[][] c = {
            {new Complex(m[0], m[1]), new Complex(m[2], m[3])}, {new Complex(m[4], m[5]), new Complex(m[6], m[7])}
        };
        double[][] real = new double[4][4];
        for (int r = 0; r < 2; r++) {
            for (int k = 0; k < 2; k++) {
                real[r][k] = c[r][k].getReal();
                real[r][k + 2] = -c[r][k].getImaginary();
                real[r + 2][k] = c[r][k].getImaginary();
                real[r + 2][k + 2] = c[r][k].getReal();
            }
        }
        double[] sv = new SingularValueDecomposition(new Array2DRowRealMatrix(real)).getSingularValues();
        return (sv[0] + sv[1] + sv[2] + sv[3]) / 2;
    }
}
