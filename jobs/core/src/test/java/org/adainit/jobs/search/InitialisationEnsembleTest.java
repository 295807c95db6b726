package org.adainit.jobs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.adainit.simulator.init.UniformInitialiser;
import org.adainit.simulator.qnn.QnnModel;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.qnn.ReferenceCircuitEvaluator;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class InitialisationEnsembleTest {

    private static final QnnShape SHAPE = new QnnShape(3, 2, 2);
    private static final int DRAWS = 12;

    private static double[][] x;
    private static int[] y;

    static {
        RandomGenerator random = new Well19937c(21);
        x = new double[10][3];
        y = new int[10];
        for (int i = 0; i < x.length; i++) {
            for (int f = 0; f < 3; f++) {
                x[i][f] = Math.PI * random.nextDouble();
            }
            y[i] = i % 2;
        }
    }

    private static QnnParameters shifted(QnnParameters theta, double by) {
        QnnParameters copy = theta.copy();
        copy.values()[SHAPE.l0Index(0, 0, 0)] += by;
        return copy;
    }

    /** Σ(v − mean)² / (n − 1), written out. */
    private static double sampleVariance(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v / values.length;
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return squares / (values.length - 1);
    }

    @Test
    void varianceOverDrawsOfTheFullBatchDerivativeByCentralDifferencesAndTheCircuitOnesByParameterShift() {
        SearchProblem problem = new SearchProblem(SHAPE, new UniformInitialiser(0, 2 * Math.PI), "", 8);
        InitialisationEnsemble.Result result = InitialisationEnsemble.run(problem, x, y, DRAWS);

        QnnModel reference = QnnModel.reference(SHAPE, 3);
        ReferenceCircuitEvaluator circuit = new ReferenceCircuitEvaluator(SHAPE, 3);
        double[] lossDerivatives = new double[DRAWS];
        double[] circuitDerivatives = new double[DRAWS];
        double[] z = new double[3];
        double h = 1e-5;
        for (int k = 0; k < DRAWS; k++) {
            QnnParameters theta0 = result.draws().get(k);
            lossDerivatives[k] = (reference.meanLoss(shifted(theta0, h), x, y)
                    - reference.meanLoss(shifted(theta0, -h), x, y)) / (2 * h);
            double shift = 0;
            for (double[] row : x) {
                circuit.forward(shifted(theta0, Math.PI / 2).values(), row, z);
                shift += z[0] / 2;
                circuit.forward(shifted(theta0, -Math.PI / 2).values(), row, z);
                shift -= z[0] / 2;
            }
            circuitDerivatives[k] = shift / x.length;
            assertEquals(lossDerivatives[k], result.atTheta0().get(k).trackedGradient(), 1e-8, "draw " + k);
            assertEquals(circuitDerivatives[k], result.circuitZ0()[k], 1e-12, "draw " + k);
        }
        double expected = sampleVariance(lossDerivatives);
        assertEquals(expected, result.lossGradientVariance(), 1e-6 * expected);
        double expectedCircuit = sampleVariance(circuitDerivatives);
        assertEquals(expectedCircuit, result.circuitZ0Variance(), 1e-10 * expectedCircuit);
        assertTrue(expected > 0 && expectedCircuit > 0);
    }

    @Test
    void drawsAreDistinctReproducibleAndTakeTheHeadRule() {
        HeadInitialisation fixed = new HeadInitialisation(HeadInitialisation.Mode.FIXED,
                List.of(List.of(2.0), List.of(-2.0)), List.of(0.0, 0.0));
        SearchProblem problem = new SearchProblem(SHAPE, UniformInitialiser.standard(), "", 8, fixed,
                ScoringHead.TRAINED);
        InitialisationEnsemble.Result result = InitialisationEnsemble.run(problem, x, y, DRAWS);
        assertEquals(DRAWS, new HashSet<>(result.draws()).size());
        for (QnnParameters theta0 : result.draws()) {
            assertEquals(2.0, theta0.l1(0, 2));
            assertEquals(-2.0, theta0.l1(1, 0));
        }
        assertEquals(result.lossGradientVariance(),
                InitialisationEnsemble.run(problem, x, y, DRAWS).lossGradientVariance());
        assertNotEquals(result.lossGradientVariance(), InitialisationEnsemble.run(
                new SearchProblem(SHAPE, UniformInitialiser.standard(), "", 9, fixed, ScoringHead.TRAINED), x, y, DRAWS)
                .lossGradientVariance(), "another cell seed, other draws");
        assertThrows(IllegalArgumentException.class, () -> InitialisationEnsemble.run(problem, x, y, 1));
    }
}
