package org.adainit.simulator.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.adainit.simulator.init.UniformInitialiser;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class TrainerTest {

    private static final QnnShape SHAPE = new QnnShape(2, 2, 2);

    /** Two well-separated clusters of angles: class 0 near 0.3, class 1 near 2.8. */
    private static double[][] features(int n) {
        Well19937c random = new Well19937c(11);
        double[][] x = new double[n][2];
        for (int i = 0; i < n; i++) {
            double centre = i % 2 == 0 ? 0.3 : 2.8;
            x[i][0] = centre + 0.2 * random.nextGaussian();
            x[i][1] = centre + 0.2 * random.nextGaussian();
        }
        return x;
    }

    private static int[] labels(int n) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
        }
        return y;
    }

    private static QnnParameters start() {
        return UniformInitialiser.standard().sample(SHAPE, new Well19937c(5));
    }

    @Test
    void trainingLowersTheLossAndLearnsSeparableData() {
        TrainingResult result = new Trainer(new TrainingConfig(30, 10, 0.05, VarianceDefinition.EPOCH_LAST_BATCH))
                .train(start(), features(40), labels(40), 1);
        assertEquals(30, result.epochs().size());
        assertTrue(result.epochs().get(29).loss() < 0.5 * result.epochs().get(0).loss(),
                "loss " + result.epochs().get(0).loss() + " -> " + result.epochs().get(29).loss());
        assertEquals(1.0, result.epochs().get(29).accuracy(), 1e-12);
    }

    @Test
    void varianceIsThePopulationVarianceOfTheSelectedGradients() {
        for (VarianceDefinition definition : VarianceDefinition.values()) {
            TrainingResult r = new Trainer(new TrainingConfig(6, 7, 0.01, definition))
                    .train(start(), features(20), labels(20), 3);
            double[] s = r.varianceSamples();
            double mean = 0;
            for (double v : s) {
                mean += v / s.length;
            }
            double variance = 0;
            for (double v : s) {
                variance += (v - mean) * (v - mean) / s.length;
            }
            assertEquals(variance, r.gradientVariance(), 1e-18, definition.name());
            int expectedCount = definition == VarianceDefinition.PER_STEP ? 6 * 3 : 6;
            assertEquals(expectedCount, s.length, definition.name());
        }
    }

    @Test
    void epochRecordsCarryTheLastBatchGradientAndItsVarianceSamples() {
        TrainingResult r = new Trainer(new TrainingConfig(5, 7, 0.01, VarianceDefinition.EPOCH_LAST_BATCH))
                .train(start(), features(20), labels(20), 3);
        TrainingResult steps = new Trainer(new TrainingConfig(5, 7, 0.01, VarianceDefinition.PER_STEP))
                .train(start(), features(20), labels(20), 3);
        for (int e = 0; e < 5; e++) {
            assertEquals(r.varianceSamples()[e], r.epochs().get(e).trackedGradient());
            // 20 samples in batches of 7: the epoch's last step is its third.
            assertEquals(steps.varianceSamples()[3 * e + 2], r.epochs().get(e).trackedGradient());
            assertTrue(r.epochs().get(e).gradientNorm() >= Math.abs(r.epochs().get(e).trackedGradient()));
        }
    }

    @Test
    void sameSeedGivesIdenticalRunsAndOtherSeedsShuffleDifferently() {
        Trainer trainer = new Trainer(TrainingConfig.PAPER);
        TrainingResult a = trainer.train(start(), features(40), labels(40), 9);
        TrainingResult b = trainer.train(start(), features(40), labels(40), 9);
        TrainingResult c = trainer.train(start(), features(40), labels(40), 10);
        assertArrayEquals(a.finalParameters().values(), b.finalParameters().values());
        assertEquals(a.gradientVariance(), b.gradientVariance());
        assertNotEquals(a.gradientVariance(), c.gradientVariance());
    }

    @Test
    void initialParametersAreNotModified() {
        QnnParameters initial = start();
        QnnParameters copy = initial.copy();
        new Trainer(TrainingConfig.PAPER).train(initial, features(20), labels(20), 1);
        assertEquals(copy, initial);
    }

    @Test
    void aFrozenHeadEndsExactlyWhereItStartedWhileTheCircuitTrains() {
        TrainingConfig config = new TrainingConfig(10, 10, 0.05, VarianceDefinition.EPOCH_LAST_BATCH);
        QnnParameters theta0 = start();
        TrainingResult frozen = new Trainer(config.withHeadFrozen()).train(theta0, features(40), labels(40), 6);
        TrainingResult trained = new Trainer(config).train(theta0, features(40), labels(40), 6);
        double[] start = theta0.values();
        double[] end = frozen.finalParameters().values();
        int circuit = SHAPE.circuitParameterCount();
        assertArrayEquals(Arrays.copyOfRange(start, circuit, start.length),
                Arrays.copyOfRange(end, circuit, end.length));
        double circuitShift = 0;
        for (int i = 0; i < circuit; i++) {
            circuitShift += Math.abs(end[i] - start[i]);
        }
        // 40 Adam steps of about lr = 0.05 each on 12 weights
        assertTrue(circuitShift > 0.5, "circuit weights moved by " + circuitShift);
        double headShift = 0;
        for (int i = circuit; i < start.length; i++) {
            headShift += Math.abs(trained.finalParameters().values()[i] - start[i]);
        }
        assertTrue(headShift > 0.1, "the head trains when it is not frozen: moved by " + headShift);
        // the first step of both runs sees the same parameters, so the same gradient
        assertEquals(trained.atTheta0(), frozen.atTheta0());
        assertNotEquals(trained.gradientVariance(), frozen.gradientVariance());
    }

    @Test
    void beInitPerturbationMovesOnlyTheCircuitWeightsAndIsSeeded() {
        TrainingConfig config = new TrainingConfig(3, 10, 0.01, VarianceDefinition.EPOCH_LAST_BATCH);
        TrainingResult plain = new Trainer(config).train(start(), features(20), labels(20), 2);
        TrainingResult noisy = new Trainer(config, new BeInitPerturbation(0.3, 0.55, 7))
                .train(start(), features(20), labels(20), 2);
        TrainingResult again = new Trainer(config, new BeInitPerturbation(0.3, 0.55, 7))
                .train(start(), features(20), labels(20), 2);
        assertArrayEquals(noisy.finalParameters().values(), again.finalParameters().values());
        double circuitShift = 0;
        for (int i = 0; i < SHAPE.circuitParameterCount(); i++) {
            circuitShift += Math.abs(noisy.finalParameters().values()[i] - plain.finalParameters().values()[i]);
        }
        // six steps of noise with s_t ≈ 0.3/(1+t)^0.55 per weight dwarf Adam's 0.01 steps
        assertTrue(circuitShift > 0.5, "circuit weights moved by " + circuitShift);
        BeInitPerturbation p = new BeInitPerturbation(0.3, 0.55, 1);
        assertEquals(0.3 / Math.pow(4, 0.65), p.scale(3, 0.1), 1e-15);
    }

    @Test
    void threadedTrainingIsBitIdenticalToSequential() {
        // wide enough for the trainer to use the threads (Trainer.PARALLEL_FROM_QUBITS); two features, d < n
        QnnShape wide = new QnnShape(Trainer.PARALLEL_FROM_QUBITS, 2, 2);
        QnnParameters start = UniformInitialiser.standard().sample(wide, new Well19937c(5));
        TrainingConfig config = new TrainingConfig(4, 7, 0.02, VarianceDefinition.PER_STEP);
        TrainingResult one = new Trainer(config).train(start, features(30), labels(30), 4);
        for (int threads : new int[] {2, 3, 8}) {
            TrainingResult many = new Trainer(config.withThreads(threads)).train(start, features(30), labels(30), 4);
            assertArrayEquals(one.finalParameters().values(), many.finalParameters().values(), "threads " + threads);
            assertArrayEquals(one.varianceSamples(), many.varianceSamples());
            assertEquals(one.epochs(), many.epochs());
        }
    }
}
