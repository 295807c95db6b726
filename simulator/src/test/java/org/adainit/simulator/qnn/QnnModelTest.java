package org.adainit.simulator.qnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adainit.simulator.ansatz.QnnCircuit;
import org.adainit.simulator.circuit.Circuit;
import org.adainit.simulator.fast.CircuitEvaluators;
import org.adainit.simulator.gradient.ParameterShiftDifferentiator;
import org.adainit.simulator.observable.WeightedZSum;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class QnnModelTest {

    @Test
    void lossGradientMatchesFiniteDifferencesAndParameterShift() {
        for (int qubits = 1; qubits <= 8; qubits++) {
            for (int layers = 1; layers <= 5; layers++) {
                RandomGenerator random = new Well19937c(31L * qubits + layers);
                QnnShape shape = new QnnShape(qubits, layers, 2);
                int features = 1 + random.nextInt(qubits);
                QnnParameters p = new QnnParameters(shape);
                for (int i = 0; i < shape.parameterCount(); i++) {
                    p.values()[i] = random.nextGaussian();
                }
                double[][] x = new double[3][features];
                int[] y = new int[3];
                for (int b = 0; b < 3; b++) {
                    for (int f = 0; f < features; f++) {
                        x[b][f] = Math.PI * random.nextDouble();
                    }
                    y[b] = random.nextInt(2);
                }
                int[] order = {0, 1, 2};
                QnnModel model = CircuitEvaluators.fastestModel(shape, features);
                double[] gradient = new double[shape.parameterCount()];
                model.lossAndGradient(p, x, y, order, 0, 3, gradient);

                double[] shiftGradient = parameterShiftCircuitGradient(p, x, y, features);
                for (int i = 0; i < shape.parameterCount(); i++) {
                    double h = 1e-5;
                    QnnParameters plus = p.copy();
                    plus.values()[i] += h;
                    QnnParameters minus = p.copy();
                    minus.values()[i] -= h;
                    double fd = (loss(model, plus, x, y) - loss(model, minus, x, y)) / (2 * h);
                    String where = "n=" + qubits + " L=" + layers + " d=" + features + " parameter " + i;
                    assertEquals(fd, gradient[i], 1e-8, "adjoint vs finite differences, " + where);
                    if (i < shape.circuitParameterCount()) {
                        assertEquals(shiftGradient[i], gradient[i], 1e-10, "adjoint vs parameter shift, " + where);
                    }
                }
            }
        }
    }

    @Test
    void lossIsTheMeanSoftmaxCrossEntropyOfTheLinearHead() {
        QnnShape shape = new QnnShape(2, 1, 2);
        QnnParameters p = new QnnParameters(shape);
        for (int i = 0; i < shape.parameterCount(); i++) {
            p.values()[i] = 0.1 * (i + 1);
        }
        QnnModel model = CircuitEvaluators.fastestModel(shape, 2);
        double[] z = new double[2];
        double[] logits = new double[2];
        double[] x = {0.3, 1.7};
        model.forward(p, x, z, logits);
        for (int c = 0; c < 2; c++) {
            assertEquals(p.l2(c) + p.l1(c, 0) * z[0] + p.l1(c, 1) * z[1], logits[c], 1e-15);
        }
        double expected = Math.log(Math.exp(logits[0]) + Math.exp(logits[1])) - logits[1];
        assertEquals(expected, loss(model, p, new double[][] {x}, new int[] {1}), 1e-14);
    }

    @Test
    void meanLossIsTheBatchLossOverEverySampleWithoutTheGradient() {
        RandomGenerator random = new Well19937c(5);
        QnnShape shape = new QnnShape(3, 2, 2);
        QnnParameters p = new QnnParameters(shape);
        for (int i = 0; i < shape.parameterCount(); i++) {
            p.values()[i] = random.nextGaussian();
        }
        double[][] x = new double[7][3];
        int[] y = new int[7];
        for (int b = 0; b < 7; b++) {
            for (int f = 0; f < 3; f++) {
                x[b][f] = Math.PI * random.nextDouble();
            }
            y[b] = b % 2;
        }
        QnnModel model = CircuitEvaluators.fastestModel(shape, 3);
        double batchLoss = model.lossAndGradient(p, x, y, new int[] {0, 1, 2, 3, 4, 5, 6}, 0, 7,
                new double[shape.parameterCount()]);
        assertEquals(batchLoss, model.meanLoss(p, x, y), 1e-14);
        assertThrows(IllegalArgumentException.class, () -> model.meanLoss(p, x, new int[3]));
    }

    @Test
    void scoreIsTheMeanCrossEntropyAndTheShareOfArgmaxHitsOfTheReferenceForwardPass() {
        RandomGenerator random = new Well19937c(9);
        QnnShape shape = new QnnShape(3, 2, 2);
        QnnParameters p = new QnnParameters(shape);
        for (int i = 0; i < shape.parameterCount(); i++) {
            p.values()[i] = random.nextGaussian();
        }
        double[][] x = new double[9][3];
        int[] y = new int[9];
        for (int b = 0; b < 9; b++) {
            for (int f = 0; f < 3; f++) {
                x[b][f] = Math.PI * random.nextDouble();
            }
            y[b] = (b * 5) % 3 == 0 ? 1 : 0;
        }
        // Independently: the gate-by-gate reference simulator's logits, softmax cross-entropy and argmax by hand.
        QnnModel reference = QnnModel.reference(shape, 3);
        double loss = 0;
        int correct = 0;
        double[] z = new double[3];
        double[] logits = new double[2];
        for (int b = 0; b < 9; b++) {
            reference.forward(p, x[b], z, logits);
            loss += Math.log(Math.exp(logits[0]) + Math.exp(logits[1])) - logits[y[b]];
            correct += (logits[1] > logits[0] ? 1 : 0) == y[b] ? 1 : 0;
        }
        SplitScore score = CircuitEvaluators.fastestModel(shape, 3).score(p, x, y);
        assertEquals(loss / 9, score.loss(), 1e-13);
        assertEquals(correct / 9.0, score.accuracy(), 0.0);
        assertTrue(correct > 0 && correct < 9, "the example must have hits and misses: " + correct);
    }

    @Test
    void wrongFeatureCountIsRejected() {
        QnnModel model = CircuitEvaluators.fastestModel(new QnnShape(2, 1, 2), 2);
        QnnParameters p = new QnnParameters(new QnnShape(2, 1, 2));
        assertThrows(IllegalArgumentException.class,
                () -> model.forward(p, new double[] {1, 2, 3}, new double[2], new double[2]));
    }

    private static double loss(QnnModel model, QnnParameters p, double[][] x, int[] y) {
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        return model.lossAndGradient(p, x, y, order, 0, x.length, new double[p.values().length]);
    }

    /** dL/dl0 through the chain rule with parameter-shift circuit gradients: an independent second path. */
    private static double[] parameterShiftCircuitGradient(QnnParameters p, double[][] x, int[] y, int features) {
        QnnShape shape = p.shape();
        Circuit circuit = QnnCircuit.build(shape.qubits(), features, shape.layers());
        ParameterShiftDifferentiator shift = new ParameterShiftDifferentiator(shape.qubits());
        QnnModel model = CircuitEvaluators.fastestModel(shape, features);
        double[] circuitGradient = new double[circuit.parameterCount()];
        for (int b = 0; b < x.length; b++) {
            double[] z = new double[shape.qubits()];
            double[] logits = new double[2];
            model.forward(p, x[b], z, logits);
            double lse = Math.log(Math.exp(logits[0]) + Math.exp(logits[1]));
            double[] weights = new double[shape.qubits()];
            for (int c = 0; c < 2; c++) {
                double delta = (Math.exp(logits[c] - lse) - (c == y[b] ? 1 : 0)) / x.length;
                for (int w = 0; w < shape.qubits(); w++) {
                    weights[w] += p.l1(c, w) * delta;
                }
            }
            double[] angles = new double[circuit.parameterCount()];
            System.arraycopy(x[b], 0, angles, 0, features);
            System.arraycopy(p.values(), 0, angles, features, shape.circuitParameterCount());
            shift.expectationAndGradient(circuit, angles, new WeightedZSum(weights), circuitGradient);
        }
        double[] result = new double[shape.circuitParameterCount()];
        System.arraycopy(circuitGradient, features, result, 0, result.length);
        return result;
    }
}
