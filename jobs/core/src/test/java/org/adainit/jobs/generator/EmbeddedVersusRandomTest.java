package org.adainit.jobs.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.adainit.jobs.generator.embedded.EmbeddedGenerator;
import org.adainit.jobs.generator.embedded.ProposalSupport;
import org.adainit.jobs.generator.prior.PriorDrawGenerator;
import org.adainit.jobs.search.AdaInitSearch;
import org.adainit.jobs.search.ParameterGenerator;
import org.adainit.jobs.search.SearchProblem;
import org.adainit.jobs.search.SearchResult;
import org.adainit.jobs.search.SearchSettings;
import org.adainit.jobs.search.TrainingEvaluator;
import org.adainit.simulator.init.NormalInitialiser;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.training.TrainingConfig;
import org.junit.jupiter.api.Test;

/**
 * Both generators through the real search and trainer. The comparison pits the adaptive sampler against the
 * same-budget control on a real (small) problem: N = 2, L = 2, standard normal prior, T = 20, paper threshold and
 * training, eight seeds. It is a measurement, not a tuned target.
 */
class EmbeddedVersusRandomTest {

    private static final int ITERATIONS = 20;
    private static final int SEEDS = 8;

    @Test
    void embeddedReachesAHigherFinalSThanRandomOnAverage() {
        SyntheticData data = new SyntheticData(60, 11);
        AdaInitSearch search = new AdaInitSearch(
                SearchSettings.paper(ITERATIONS), new TrainingEvaluator(TrainingConfig.PAPER, data.x, data.y));
        double embedded = meanFinalS(search, () -> new EmbeddedGenerator(ProposalSupport.FREE));
        double random = meanFinalS(search, PriorDrawGenerator::new);

        assertTrue(embedded > random, "mean final S: embedded " + embedded + ", random " + random);
    }

    @Test
    void wholeSearchesAreReproducibleFromTheSeed() {
        SyntheticData data = new SyntheticData(60, 11);
        AdaInitSearch search = new AdaInitSearch(
                SearchSettings.paper(ITERATIONS), new TrainingEvaluator(TrainingConfig.PAPER, data.x, data.y));
        SearchProblem problem = new SearchProblem(new QnnShape(2, 2, 2), NormalInitialiser.standard(), "", 3);
        for (Supplier<ParameterGenerator> generator : List.<Supplier<ParameterGenerator>>of(
                () -> new EmbeddedGenerator(ProposalSupport.FREE), PriorDrawGenerator::new)) {
            List<String> first = trace(search.run(problem, generator.get()));
            assertEquals(first, trace(search.run(problem, generator.get())));
            assertNotEquals(first, trace(search.run(
                    new SearchProblem(problem.shape(), problem.prior(), "", 4), generator.get())));
        }
    }

    /** Everything a record holds except the wall-clock latency. */
    private static List<String> trace(SearchResult result) {
        return result.records().stream()
                .map(r -> r.theta0Hash() + " " + r.variance() + " " + r.sAfter() + " " + r.accepted() + " "
                        + r.trainingSeed())
                .toList();
    }

    private static double meanFinalS(AdaInitSearch search, Supplier<ParameterGenerator> generator) {
        double sum = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            SearchProblem problem = new SearchProblem(new QnnShape(2, 2, 2), NormalInitialiser.standard(), "", seed);
            sum += search.run(problem, generator.get()).finalS();
        }
        return sum / SEEDS;
    }
}
