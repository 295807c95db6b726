package org.adainit.jobs.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.adainit.jobs.datasets.DataDirectory;
import org.adainit.jobs.datasets.Dataset;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.training.TrainingConfig;
import org.adainit.simulator.training.TrainingResult;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The head rules while θ0 is scored, through the set-up a grid cell uses ({@link SearchSetup}) on Iris at N = 3,
 * L = 2 with the paper's training.
 */
class ScoringHeadTest {

    private static final int QUBITS = 3;
    private static final int LAYERS = 2;
    private static final long TRAINING_SEED = 5;

    private static SearchSetup iris(ScoringHead rule) {
        String dir = System.getenv(DataDirectory.DATA_DIR_ENV);
        Assumptions.assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "iris.data")),
                "ADAINIT_DATA_DIR is not set to a folder with iris.data; skipping the scoring-head checks");
        return SearchSetup.prepare(Dataset.IRIS, DataDirectory.resolve(Optional.of(Path.of(dir)), Optional.empty()),
                QUBITS, LAYERS, PriorSpec.parse("uniform"), HeadInitialisation.PRIOR, rule, 7, 1, TrainingConfig.PAPER);
    }

    private static QnnParameters draw(SearchSetup setup) {
        return setup.problem().prior().sample(setup.problem().shape(), new Well19937c(3));
    }

    /** The gradient variance θ0 scores as the cell would score it: head rules applied, then trained. */
    private static double score(SearchSetup setup, QnnParameters proposed) {
        return setup.evaluator().evaluate(setup.problem().theta0(proposed, 0), TRAINING_SEED).gradientVariance();
    }

    private static QnnParameters headWeightsTimes(QnnParameters theta, double factor) {
        QnnParameters scaled = theta.copy();
        QnnShape shape = theta.shape();
        for (int c = 0; c < shape.classes(); c++) {
            for (int w = 0; w < shape.qubits(); w++) {
                scaled.values()[shape.l1Index(c, w)] *= factor;
            }
        }
        return scaled;
    }

    private static double[] head(QnnParameters theta) {
        double[] values = theta.values();
        return Arrays.copyOfRange(values, theta.shape().circuitParameterCount(), values.length);
    }

    private static double[] circuit(QnnParameters theta) {
        return Arrays.copyOf(theta.values(), theta.shape().circuitParameterCount());
    }

    private static double rootMeanSquareOfL1(QnnParameters theta) {
        QnnShape shape = theta.shape();
        double sum = 0;
        for (int c = 0; c < shape.classes(); c++) {
            for (int w = 0; w < shape.qubits(); w++) {
                sum += theta.l1(c, w) * theta.l1(c, w);
            }
        }
        return Math.sqrt(sum / shape.headWeightCount());
    }

    @Test
    void normalisedScoresDoNotSeeAPositiveRescalingOfTheHeadWhileTrainedScoresDo() {
        SearchSetup normalised = iris(ScoringHead.NORMALISED);
        QnnParameters theta = draw(normalised);
        double base = score(normalised, theta);
        for (double factor : new double[] {3.0, 0.2}) {
            assertEquals(base, score(normalised, headWeightsTimes(theta, factor)), 1e-12 * base, "l1 x " + factor);
        }
        SearchSetup trained = iris(ScoringHead.TRAINED);
        double trainedBase = score(trained, theta);
        double trainedTripled = score(trained, headWeightsTimes(theta, 3.0));
        // ∂E/∂l0 is linear in l1 at θ0: a head three times larger scores several times higher when it trains.
        assertTrue(trainedTripled > 2 * trainedBase, "trained: " + trainedBase + " -> " + trainedTripled);
    }

    @Test
    void aFrozenHeadEndsTrainingWithTheHeadOfTheta0WhileTheCircuitTrains() {
        SearchSetup frozen = iris(ScoringHead.FROZEN);
        QnnParameters theta0 = frozen.problem().theta0(draw(frozen), 0);
        TrainingResult result = frozen.evaluator().evaluate(theta0, TRAINING_SEED);
        assertArrayEquals(head(theta0), head(result.finalParameters()));
        double moved = 0;
        for (int i = 0; i < circuit(theta0).length; i++) {
            moved += Math.abs(circuit(result.finalParameters())[i] - circuit(theta0)[i]);
        }
        // 90 Adam steps of about lr = 0.01 on 18 circuit weights
        assertTrue(moved > 0.5, "l0 moved by " + moved);

        TrainingResult trained = iris(ScoringHead.TRAINED).evaluator().evaluate(theta0, TRAINING_SEED);
        assertTrue(!Arrays.equals(head(theta0), head(trained.finalParameters())), "without freezing the head trains");
        assertTrue(result.gradientVariance() != trained.gradientVariance());
    }

    @Test
    void normalisingGivesL1RootMeanSquareOneInTheSameDirectionAndTouchesNothingElse() {
        QnnShape shape = new QnnShape(3, 2, 2);
        double[] values = new double[shape.parameterCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = 0.1 * (i + 1) * (i % 2 == 0 ? 1 : -1);
        }
        QnnParameters theta = new QnnParameters(shape, values);
        QnnParameters normalised = ScoringHead.NORMALISED.prepare(theta);
        assertEquals(1.0, rootMeanSquareOfL1(normalised), 1e-15);
        double ratio = normalised.l1(0, 0) / theta.l1(0, 0);
        assertTrue(ratio > 0);
        for (int c = 0; c < 2; c++) {
            for (int w = 0; w < 3; w++) {
                assertEquals(ratio, normalised.l1(c, w) / theta.l1(c, w), 1e-14, "one positive factor for all of l1");
            }
            assertEquals(theta.l2(c), normalised.l2(c));
        }
        assertArrayEquals(circuit(theta), circuit(normalised));
        assertEquals(0.1 * (0 + 1), theta.values()[0], "θ0 itself is not modified");

        QnnParameters zeroHead = headWeightsTimes(theta, 0.0);
        assertArrayEquals(zeroHead.values(), ScoringHead.NORMALISED.prepare(zeroHead).values(),
                "an all-zero l1 has no scale to remove");
        assertSame(theta, ScoringHead.TRAINED.prepare(theta));
        assertSame(theta, ScoringHead.FROZEN.prepare(theta));
        assertSame(TrainingConfig.PAPER, ScoringHead.TRAINED.configure(TrainingConfig.PAPER));
        assertTrue(ScoringHead.FROZEN.configure(TrainingConfig.PAPER).headFrozen());
    }

    @Test
    void theInitialisationEnsemblesDrawsAreNormalisedToo() {
        SearchSetup setup = iris(ScoringHead.NORMALISED);
        InitialisationEnsemble.Result ensemble = InitialisationEnsemble.run(
                setup.problem(), setup.data().train().x(), setup.data().train().y(), 4);
        for (QnnParameters draw : ensemble.draws()) {
            assertEquals(1.0, rootMeanSquareOfL1(draw), 1e-15);
        }
    }

    @Test
    void aSearchRecordsTheNormalisedThetaItTrained() {
        SearchSetup setup = iris(ScoringHead.NORMALISED);
        List<QnnParameters> trained = new ArrayList<>();
        CandidateEvaluator capturing = (initial, seed) -> {
            trained.add(initial.copy());
            return setup.evaluator().evaluate(initial, seed);
        };
        ParameterGenerator largeHeads = new ParameterGenerator() {
            @Override
            public Proposal propose(SearchContext context) {
                QnnParameters draw = context.prior().sample(context.shape(), new Well19937c(context.iteration()));
                return Proposal.local(headWeightsTimes(draw, 10.0 * context.iteration()), 0);
            }

            @Override
            public String label() {
                return "large heads";
            }
        };
        SearchResult result = new AdaInitSearch(SearchSettings.paper(3), capturing).run(setup.problem(), largeHeads);
        assertEquals(3, result.iterations().size());
        for (int t = 0; t < 3; t++) {
            SearchIteration iteration = result.iterations().get(t);
            assertEquals(1.0, rootMeanSquareOfL1(trained.get(t)), 1e-15);
            assertEquals(trained.get(t), iteration.initialParameters());
            assertEquals(ParameterFingerprint.of(trained.get(t)), iteration.record().theta0Hash());
        }
    }
}
