package org.adainit.simulator.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.adainit.simulator.fast.CircuitEvaluators;
import org.adainit.simulator.init.UniformInitialiser;
import org.adainit.simulator.qnn.QnnModel;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.qnn.ReferenceCircuitEvaluator;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class InitialGradientsTest {

    private static final int ROWS = 13;

    private static double[][] angles(int rows, int features, RandomGenerator random) {
        double[][] x = new double[rows][features];
        for (double[] row : x) {
            for (int f = 0; f < features; f++) {
                row[f] = Math.PI * random.nextDouble();
            }
        }
        return x;
    }

    private static int[] labels(int rows, RandomGenerator random) {
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = random.nextInt(2);
        }
        return y;
    }

    private static QnnParameters shifted(QnnParameters theta, double by) {
        QnnParameters copy = theta.copy();
        copy.values()[theta.shape().l0Index(0, 0, 0)] += by;
        return copy;
    }

    @Test
    void epochZeroIsTheFullBatchLossAndItsDerivativeByCentralDifferences() {
        for (int qubits = 2; qubits <= 5; qubits++) {
            RandomGenerator random = new Well19937c(40 + qubits);
            QnnShape shape = new QnnShape(qubits, 3, 2);
            int features = Math.min(qubits, 3);
            double[][] x = angles(ROWS, features, random);
            int[] y = labels(ROWS, random);
            QnnParameters theta0 = new UniformInitialiser(0, 2 * Math.PI).sample(shape, random);
            EpochRecord epoch0 = InitialGradients.atTheta0(
                    CircuitEvaluators.fastestModel(shape, features), theta0, x, y);

            QnnModel reference = QnnModel.reference(shape, features);
            double h = 1e-5;
            double central = (reference.meanLoss(shifted(theta0, h), x, y)
                    - reference.meanLoss(shifted(theta0, -h), x, y)) / (2 * h);
            assertEquals(0, epoch0.epoch());
            assertEquals(reference.meanLoss(theta0, x, y), epoch0.loss(), 1e-12, "N = " + qubits);
            assertEquals(central, epoch0.trackedGradient(), 1e-8, "N = " + qubits);
            assertNotEquals(0.0, epoch0.trackedGradient());
            double[] z = new double[qubits];
            double[] logits = new double[2];
            int correct = 0;
            for (int i = 0; i < ROWS; i++) {
                reference.forward(theta0, x[i], z, logits);
                correct += (logits[1] > logits[0] ? 1 : 0) == y[i] ? 1 : 0;
            }
            assertEquals((double) correct / ROWS, epoch0.accuracy(), 1e-15);
        }
    }

    @Test
    void circuitGradientOfZ0IsTheParameterShiftOfTheMeanExpectation() {
        for (int qubits = 1; qubits <= 6; qubits++) {
            RandomGenerator random = new Well19937c(70 + qubits);
            QnnShape shape = new QnnShape(qubits, 2, 2);
            double[][] x = angles(ROWS, qubits, random);
            QnnParameters theta0 = new UniformInitialiser(0, 2 * Math.PI).sample(shape, random);
            double fast = InitialGradients.circuitZ0(CircuitEvaluators.fastest(shape, qubits), theta0, x);

            // RZ(φ) = exp(−iφZ/2): ∂⟨Z0⟩/∂φ = [⟨Z0⟩(φ + π/2) − ⟨Z0⟩(φ − π/2)] / 2, on the gate-by-gate simulator.
            ReferenceCircuitEvaluator reference = new ReferenceCircuitEvaluator(shape, qubits);
            double[] z = new double[qubits];
            double shift = 0;
            for (double[] row : x) {
                reference.forward(shifted(theta0, Math.PI / 2).values(), row, z);
                shift += z[0] / 2;
                reference.forward(shifted(theta0, -Math.PI / 2).values(), row, z);
                shift -= z[0] / 2;
            }
            assertEquals(shift / ROWS, fast, 1e-12, "N = " + qubits);
            assertNotEquals(0.0, fast);
        }
    }

    @Test
    void theTrainerRecordsEpochZeroAtTheta0BeforeItsFirstStep() {
        RandomGenerator random = new Well19937c(5);
        QnnShape shape = new QnnShape(3, 2, 2);
        double[][] x = angles(ROWS, 3, random);
        int[] y = labels(ROWS, random);
        QnnParameters theta0 = new UniformInitialiser(0, 1).sample(shape, random);
        TrainingResult result = new Trainer(new TrainingConfig(3, 5, 0.01, VarianceDefinition.EPOCH_LAST_BATCH, 1))
                .train(theta0, x, y, 9);
        EpochRecord expected = InitialGradients.atTheta0(QnnModel.reference(shape, 3), theta0, x, y);
        assertEquals(expected.trackedGradient(), result.atTheta0().trackedGradient(), 1e-13);
        assertEquals(expected.loss(), result.atTheta0().loss(), 1e-13);
        assertEquals(4, result.epochsFromZero().size());
        assertEquals(0, result.epochsFromZero().get(0).epoch());
        assertEquals(3, result.epochs().size(), "epochs 1..E, which the variance is taken over, are unchanged");
    }
}
