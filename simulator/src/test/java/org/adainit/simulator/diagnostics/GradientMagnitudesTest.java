package org.adainit.simulator.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adainit.simulator.diagnostics.GradientMagnitudes.EpochDistribution;
import org.adainit.simulator.diagnostics.GradientMagnitudes.Group;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.training.Trainer;
import org.adainit.simulator.training.TrainingConfig;
import org.adainit.simulator.training.TrainingResult;
import org.adainit.simulator.training.VarianceDefinition;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class GradientMagnitudesTest {

    private static final QnnShape SHAPE = new QnnShape(2, 2, 2);

    @Test
    void distributionsSummariseEveryStepOfTheEpoch() {
        RandomGenerator random = new Well19937c(17);
        QnnParameters initial = new QnnParameters(SHAPE);
        for (int i = 0; i < SHAPE.parameterCount(); i++) {
            initial.values()[i] = random.nextDouble();
        }
        double[][] x = new double[25][2];
        int[] y = new int[25];
        for (int s = 0; s < 25; s++) {
            x[s][0] = Math.PI * random.nextDouble();
            x[s][1] = Math.PI * random.nextDouble();
            y[s] = x[s][0] > Math.PI / 2 ? 1 : 0;
        }
        TrainingConfig config = new TrainingConfig(4, 10, 0.01, VarianceDefinition.EPOCH_LAST_BATCH);
        List<double[]> recorded = new ArrayList<>();
        GradientMagnitudes magnitudes = new GradientMagnitudes(SHAPE);
        TrainingResult observed = new Trainer(config).train(initial, x, y, 5, (epoch, step, gradient) -> {
            recorded.add(gradient.clone());
            magnitudes.step(epoch, step, gradient);
        });
        TrainingResult plain = new Trainer(config).train(initial, x, y, 5);
        assertArrayEquals(plain.finalParameters().values(), observed.finalParameters().values());

        List<EpochDistribution> distributions = magnitudes.distributions();
        assertEquals(8, distributions.size());
        int steps = 3;
        int circuit = SHAPE.circuitParameterCount();
        for (int epoch = 1; epoch <= 4; epoch++) {
            // The tracked gradient of the epoch record is the last step's l0[0,0,0]: the hook saw the same arrays.
            assertEquals(observed.epochs().get(epoch - 1).trackedGradient(), recorded.get(epoch * steps - 1)[0]);
            for (Group group : Group.values()) {
                List<Double> values = new ArrayList<>();
                for (int s = (epoch - 1) * steps; s < epoch * steps; s++) {
                    double[] g = recorded.get(s);
                    for (int i = group == Group.CIRCUIT ? 0 : circuit; i < (group == Group.CIRCUIT ? circuit : g.length);
                            i++) {
                        values.add(Math.abs(g[i]));
                    }
                }
                double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                EpochDistribution d = distributions.get(2 * (epoch - 1) + group.ordinal());
                assertEquals(epoch, d.epoch());
                assertEquals(group, d.group());
                assertEquals(sorted.length, d.count());
                assertEquals(sorted[0], d.min());
                assertEquals(sorted[sorted.length - 1], d.max());
                assertEquals(numpyQuantile(sorted, 0.5), d.median(), 1e-15);
                assertEquals(numpyQuantile(sorted, 0.05), d.p05(), 1e-15);
                assertEquals(numpyQuantile(sorted, 0.95), d.p95(), 1e-15);
                assertEquals(Arrays.stream(sorted).average().orElseThrow(), d.mean(), 1e-15);
                assertEquals(sorted.length, Arrays.stream(d.histogram()).sum());
            }
        }
    }

    @Test
    void binsAreDecades() {
        assertEquals(0, GradientMagnitudes.bin(0.0));
        assertEquals(0, GradientMagnitudes.bin(3e-13));
        assertEquals(1, GradientMagnitudes.bin(1e-12));
        int bin = GradientMagnitudes.bin(5e-3);
        assertEquals(1e-3, GradientMagnitudes.binLow(bin), 1e-18);
        assertEquals(1e-2, GradientMagnitudes.binHigh(bin), 1e-17);
        assertEquals(GradientMagnitudes.BINS - 1, GradientMagnitudes.bin(1e3));
        assertEquals(Double.POSITIVE_INFINITY, GradientMagnitudes.binHigh(GradientMagnitudes.BINS - 1));
    }

    /** numpy.quantile's default: linear interpolation at position q·(n − 1). */
    private static double numpyQuantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }
}
