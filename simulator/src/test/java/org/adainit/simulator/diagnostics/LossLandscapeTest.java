package org.adainit.simulator.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.adainit.simulator.diagnostics.LandscapeDirections.Scope;
import org.adainit.simulator.fast.CircuitEvaluators;
import org.adainit.simulator.qnn.QnnModel;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class LossLandscapeTest {

    private static final QnnShape SHAPE = new QnnShape(3, 2, 2);

    @Test
    void biasAxisFollowsTheCrossEntropyInClosedForm() {
        // Moving l2[0] by α shifts logit 0 only: L(α) = mean(logsumexp(z0 + α, z1) − z_y − α·[y = 0]).
        RandomGenerator random = new Well19937c(3);
        QnnParameters centre = randomParameters(random);
        double[][] x = features(random, 6);
        int[] y = {0, 1, 1, 0, 1, 0};
        QnnModel model = CircuitEvaluators.fastestModel(SHAPE, 3);
        double[] alphas = LossLandscape.symmetricGrid(2.0, 5);
        double[] a = LandscapeDirections.axis(SHAPE, SHAPE.l2Index(0));
        LossLandscape.Slice slice = LossLandscape.slice(model, centre, x, y, a, a, alphas, new double[] {0.0});
        for (int i = 0; i < alphas.length; i++) {
            double expected = 0;
            for (int s = 0; s < x.length; s++) {
                double[] logits = new double[2];
                model.forward(centre, x[s], new double[3], logits);
                double z0 = logits[0] + alphas[i];
                expected += Math.log(Math.exp(z0) + Math.exp(logits[1])) - (y[s] == 0 ? z0 : logits[1]);
            }
            assertEquals(expected / x.length, slice.loss()[i][0], 1e-13, "alpha " + alphas[i]);
        }
    }

    @Test
    void circuitAnglesArePeriodicAcrossTheSlice() {
        // A Rot angle enters as exp(−iaP/2): a shift of 2π only flips the global sign, so ⟨Z⟩ and the loss repeat.
        RandomGenerator random = new Well19937c(4);
        QnnParameters centre = randomParameters(random);
        double[][] x = features(random, 4);
        int[] y = {0, 1, 0, 1};
        double[] a = LandscapeDirections.axis(SHAPE, SHAPE.l0Index(0, 0, 0));
        double[] b = LandscapeDirections.axis(SHAPE, SHAPE.l0Index(1, 2, 1));
        double[] grid = LossLandscape.symmetricGrid(Math.PI, 9);
        LossLandscape.Slice slice = LossLandscape.slice(CircuitEvaluators.fastestModel(SHAPE, 3), centre, x, y, a, b, grid, grid);
        for (int j = 0; j < grid.length; j++) {
            assertEquals(slice.loss()[0][j], slice.loss()[grid.length - 1][j], 1e-12);
            assertEquals(slice.loss()[j][0], slice.loss()[j][grid.length - 1], 1e-12);
        }
        assertEquals(CircuitEvaluators.fastestModel(SHAPE, 3).meanLoss(centre, x, y), slice.loss()[4][4], 1e-14);
    }

    @Test
    void randomDirectionsAreOrthogonalWithUnitRmsInsideTheirScope() {
        double[][] d = LandscapeDirections.random(SHAPE, Scope.CIRCUIT, 9);
        int used = SHAPE.circuitParameterCount();
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int k = 0; k < SHAPE.parameterCount(); k++) {
            ab += d[0][k] * d[1][k];
            aa += d[0][k] * d[0][k];
            bb += d[1][k] * d[1][k];
            if (k >= used) {
                assertEquals(0.0, d[0][k]);
                assertEquals(0.0, d[1][k]);
            }
        }
        assertEquals(0.0, ab, 1e-12);
        assertEquals(used, aa, 1e-9);
        assertEquals(used, bb, 1e-9);
        assertArrayEquals(d[1], LandscapeDirections.random(SHAPE, Scope.CIRCUIT, 9)[1]);
        double[][] all = LandscapeDirections.random(SHAPE, Scope.ALL, 9);
        assertEquals(SHAPE.parameterCount(), dot(all[0], all[0]), 1e-9);
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int k = 0; k < u.length; k++) {
            s += u[k] * v[k];
        }
        return s;
    }

    private static QnnParameters randomParameters(RandomGenerator random) {
        QnnParameters p = new QnnParameters(SHAPE);
        for (int i = 0; i < SHAPE.parameterCount(); i++) {
            p.values()[i] = random.nextGaussian();
        }
        return p;
    }

    private static double[][] features(RandomGenerator random, int count) {
        double[][] x = new double[count][3];
        for (double[] row : x) {
            for (int f = 0; f < 3; f++) {
                row[f] = Math.PI * random.nextDouble();
            }
        }
        return x;
    }
}
