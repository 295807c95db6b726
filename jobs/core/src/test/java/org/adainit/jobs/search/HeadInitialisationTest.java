package org.adainit.jobs.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adainit.simulator.init.UniformInitialiser;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.training.TrainingResult;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class HeadInitialisationTest {

    private static final QnnShape SHAPE = new QnnShape(4, 2, 2);

    private static QnnParameters drawn() {
        return new UniformInitialiser(0, 2 * Math.PI).sample(SHAPE, new Well19937c(5));
    }

    @Test
    void priorKeepsTheHeadThatCameWithTheta0() {
        QnnParameters theta0 = drawn();
        assertSame(theta0, HeadInitialisation.PRIOR.apply(theta0, 1));
    }

    @Test
    void torchDefaultDrawsWeightsAndBiasFromUniformOverOneOverRootFanIn() {
        HeadInitialisation torch = HeadInitialisation.torchDefault();
        double bound = 0.5; // 1/√N with N = 4 qubits read by the head
        List<Double> head = new ArrayList<>();
        for (long seed = 0; seed < 2000; seed++) {
            QnnParameters theta0 = drawn();
            QnnParameters headed = torch.apply(theta0, seed);
            assertArrayEquals(Arrays.copyOf(theta0.values(), SHAPE.circuitParameterCount()),
                    Arrays.copyOf(headed.values(), SHAPE.circuitParameterCount()), "l0 is untouched");
            for (int i = SHAPE.circuitParameterCount(); i < SHAPE.parameterCount(); i++) {
                double v = headed.values()[i];
                assertTrue(Math.abs(v) < bound, "inside (−1/√N, 1/√N): " + v);
                head.add(v);
            }
        }
        // U(−b, b): mean 0, variance b²/3; the sample variance of 20000 draws is within 3 % of it.
        double mean = head.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = head.stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElseThrow();
        assertEquals(0.0, mean, 4 * bound / Math.sqrt(3 * head.size()));
        assertEquals(bound * bound / 3, variance, 0.03 * bound * bound / 3);
        assertEquals(torch.apply(drawn(), 9), torch.apply(drawn(), 9), "one seed, one head");
        assertNotEquals(torch.apply(drawn(), 9), torch.apply(drawn(), 10));
    }

    @Test
    void fixedSpreadsARowValueOverEveryWireOrTakesOneValuePerWire() {
        HeadInitialisation fixed = new HeadInitialisation(HeadInitialisation.Mode.FIXED,
                List.of(List.of(0.5), List.of(1.0, 2.0, 3.0, 4.0)), List.of(0.25, -0.25));
        QnnParameters headed = fixed.apply(drawn(), 0);
        assertArrayEquals(new double[][] {{0.5, 0.5, 0.5, 0.5}, {1.0, 2.0, 3.0, 4.0}}, headed.l1Tensor());
        assertArrayEquals(new double[] {0.25, -0.25}, headed.l2Tensor());
        assertEquals("has a row of 4 values; give one value or one per qubit (2)",
                fixed.mismatch(new QnnShape(2, 2, 2)));
        assertThrows(IllegalArgumentException.class, () -> fixed.apply(
                new UniformInitialiser(0, 1).sample(new QnnShape(2, 2, 2), new Well19937c(1)), 0));
    }

    @Test
    void classicAndSearchTrainTheHeadTheRuleSets() {
        HeadInitialisation fixed = new HeadInitialisation(HeadInitialisation.Mode.FIXED,
                List.of(List.of(1.0), List.of(-1.0)), List.of(0.0, 0.0));
        SearchProblem problem = new SearchProblem(SHAPE, UniformInitialiser.standard(), "", 3, fixed,
                ScoringHead.TRAINED);
        List<QnnParameters> trained = new ArrayList<>();
        CandidateEvaluator recording = (initial, seed) -> {
            trained.add(initial.copy());
            return new TrainingResult(initial, trained.size(), new double[0], List.of());
        };
        ClassicBaseline.run(problem, recording);
        SearchResult result = new AdaInitSearch(SearchSettings.paper(3), recording).run(problem, new ScriptedGenerator());
        assertEquals(4, trained.size());
        for (QnnParameters theta0 : trained) {
            assertArrayEquals(new double[][] {{1, 1, 1, 1}, {-1, -1, -1, -1}}, theta0.l1Tensor());
        }
        assertEquals(trained.get(3), result.selection().orElseThrow().parameters(),
                "θ0* is the θ0 that was trained, head included");
    }
}
