package org.adainit.simulator.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.adainit.simulator.qnn.CircuitEvaluator;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.qnn.ReferenceCircuitEvaluator;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** The fast evaluators against the gate-by-gate reference, including cache blocks smaller than the state. */
class FastCircuitEvaluatorTest {

    @Test
    void matchesTheReferenceForEveryWidthDepthAndEmbedding() {
        for (int n = 1; n <= 14; n++) {
            for (int layers = 1; layers <= 6; layers++) {
                int features = 1 + (n + layers) % n;
                compare(n, layers, features, FastCircuitEvaluator.DEFAULT_LOW_BITS,
                        FastCircuitEvaluator.DEFAULT_COLUMN_BITS, 7L * n + layers);
            }
        }
    }

    @Test
    void smallEvaluatorMatchesTheReference() {
        for (int n = 1; n <= 8; n++) {
            for (int layers = 1; layers <= 6; layers++) {
                int features = 1 + (n + layers) % n;
                compare(n, layers, features, new SmallCircuitEvaluator(new QnnShape(n, layers, 2), features),
                        11L * n + layers);
            }
        }
    }

    @Test
    void smallBlocksExerciseTheHighBitPass() {
        for (int n = 2; n <= 9; n++) {
            for (int lowBits = 1; lowBits < n; lowBits++) {
                for (int columnBits = 0; columnBits <= lowBits; columnBits += 2) {
                    compare(n, 3, n, lowBits, columnBits, 100L * n + lowBits);
                }
            }
        }
    }

    private static void compare(int n, int layers, int features, int lowBits, int columnBits, long seed) {
        compare(n, layers, features,
                new FastCircuitEvaluator(new QnnShape(n, layers, 2), features, lowBits, columnBits), seed);
    }

    private static void compare(int n, int layers, int features, CircuitEvaluator fast, long seed) {
        RandomGenerator random = new Well19937c(seed);
        QnnShape shape = new QnnShape(n, layers, 2);
        double[] values = new double[shape.parameterCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = 4 * random.nextDouble() - 2;
        }
        double[] x = new double[features];
        for (int i = 0; i < features; i++) {
            x[i] = Math.PI * random.nextDouble();
        }
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = random.nextGaussian();
        }
        CircuitEvaluator reference = new ReferenceCircuitEvaluator(shape, features);
        String where = "n=" + n + " L=" + layers + " d=" + features + " " + fast.getClass().getSimpleName();
        double[] zRef = new double[n];
        double[] zFast = new double[n];
        double[] gradRef = new double[shape.parameterCount()];
        double[] gradFast = new double[shape.parameterCount()];
        // twice, to catch state left over from the previous sample
        for (int repeat = 0; repeat < 2; repeat++) {
            reference.forward(values, x, zRef);
            fast.forward(values, x, zFast);
            for (int w = 0; w < n; w++) {
                assertEquals(zRef[w], zFast[w], 1e-12, "⟨Z_" + w + "⟩ " + where);
            }
            reference.backward(values, g, gradRef);
            fast.backward(values, g, gradFast);
            for (int i = 0; i < shape.circuitParameterCount(); i++) {
                assertEquals(gradRef[i], gradFast[i], 1e-10, "gradient " + i + " " + where);
            }
        }
    }
}
