package org.adainit.jobs.diagnosis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.adainit.simulator.diagnostics.LandscapeDirections.Scope;
import org.adainit.simulator.diagnostics.LossLandscape;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.training.Trainer;
import org.adainit.simulator.training.TrainingConfig;
import org.adainit.simulator.training.VarianceDefinition;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class CellDiagnosisTest {

    private static final QnnShape SHAPE = new QnnShape(3, 2, 2);

    @Test
    void slicesSplitByRowsJoinIntoTheWholeSlice() {
        RandomGenerator random = new Well19937c(1);
        QnnParameters theta0 = parameters(random);
        double[][] x = features(random, 8);
        int[] y = {0, 1, 0, 1, 1, 0, 1, 0};
        LandscapeRequest request = new LandscapeRequest(Math.PI, 7, null, null, Scope.CIRCUIT, 3);
        LossLandscape.Slice whole = CellDiagnosis.landscape(theta0, x, y, request, 0, 7);
        LossLandscape.Slice top = CellDiagnosis.landscape(theta0, x, y, request, 0, 3);
        LossLandscape.Slice bottom = CellDiagnosis.landscape(theta0, x, y, request, 3, 7);
        for (int i = 0; i < 7; i++) {
            double[] row = i < 3 ? top.loss()[i] : bottom.loss()[i - 3];
            assertArrayEquals(whole.loss()[i], row, "row " + i);
        }
        assertEquals(0.0, whole.alphas()[3], 1e-15);
    }

    @Test
    void retrainingWithTheCellSeedIsTheRecordedTraining() {
        RandomGenerator random = new Well19937c(2);
        QnnParameters theta0 = parameters(random);
        double[][] x = features(random, 30);
        int[] y = new int[30];
        for (int i = 0; i < 30; i++) {
            y[i] = x[i][0] > Math.PI / 2 ? 1 : 0;
        }
        TrainingConfig config = new TrainingConfig(5, 10, 0.01, VarianceDefinition.EPOCH_LAST_BATCH);
        CellDiagnosis.Gradients gradients = CellDiagnosis.gradients(theta0, x, y, config, 77);
        assertEquals(new Trainer(config).train(theta0, x, y, 77).epochs(), gradients.training().epochs());
        assertEquals(10, gradients.distributions().size());
        assertEquals(3 * SHAPE.circuitParameterCount(), gradients.distributions().get(0).count());
    }

    private static QnnParameters parameters(RandomGenerator random) {
        QnnParameters p = new QnnParameters(SHAPE);
        for (int i = 0; i < SHAPE.parameterCount(); i++) {
            p.values()[i] = random.nextDouble();
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
