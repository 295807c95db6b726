package org.adainit.jobs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.adainit.jobs.search.SearchResult.Selection;
import org.adainit.simulator.init.UniformInitialiser;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.junit.jupiter.api.Test;

class AdaInitSearchTest {

    private static final QnnShape SHAPE = new QnnShape(2, 2, 2);
    private static final SearchProblem PROBLEM =
            new SearchProblem(SHAPE, UniformInitialiser.standard(), "a scripted dataset", 7L);
    private static final double THRESHOLD = 0.125;

    // Binary fractions, so every Δ is exact: t=1 and t=3 sit exactly on the threshold, t=8 one ulp above it.
    private static final double[] VARIANCES = {0.125, 0.25, 0.375, 0.5, 0.375, 0.6, 0.75, Math.nextUp(0.875)};
    private static final boolean[] EXPECTED_ACCEPTED = {false, true, false, true, false, false, true, true};

    private static SearchSettings settings(int iterations, double threshold, PromptVariant variant) {
        return new SearchSettings(iterations, new ThresholdRule.Fixed(threshold), variant);
    }

    private static SearchResult run(
            double threshold, PromptVariant variant, ParameterGenerator generator, double... variances) {
        return new AdaInitSearch(settings(variances.length, threshold, variant), new ScriptedEvaluator(variances))
                .run(PROBLEM, generator);
    }

    @Test
    void acceptsExactlyWhenTheImprovementExceedsTheThreshold() {
        SearchResult result = run(THRESHOLD, PromptVariant.FULL, new ScriptedGenerator(), VARIANCES);

        List<IterationRecord> records = result.records();
        assertEquals(VARIANCES.length, records.size());
        for (int i = 0; i < records.size(); i++) {
            assertEquals(EXPECTED_ACCEPTED[i], records.get(i).accepted(), "iteration " + (i + 1));
        }
        assertEquals(0.125, records.get(0).delta(), "Δ^(1) = V^(1) − S^(0) with S^(0) = 0");
        assertEquals(0.125, records.get(2).delta(), "Δ^(3) = 0.375 − 0.25");
        assertEquals(0.0, records.get(4).delta(), "a lower variance gives Δ = 0, not a negative value");
        assertEquals(List.of(2, 4, 7, 8), result.accepted().stream().map(a -> a.iteration()).toList());
        assertTrue(result.completed());
    }

    @Test
    void sRisesOnlyOnAcceptanceAndNeverFalls() {
        SearchResult result = run(THRESHOLD, PromptVariant.FULL, new ScriptedGenerator(), VARIANCES);

        double previous = 0.0;
        for (IterationRecord r : result.records()) {
            assertEquals(previous, r.sBefore(), "S^(t−1) of iteration " + r.iteration());
            assertEquals(r.accepted() ? r.variance() : r.sBefore(), r.sAfter(), "S^(t) of iteration " + r.iteration());
            assertTrue(r.sAfter() >= r.sBefore());
            previous = r.sAfter();
        }
        assertEquals(Math.nextUp(0.875), result.finalS());
    }

    @Test
    void feedbackIsRebuiltOnlyAfterAnAcceptedIteration() {
        ScriptedGenerator generator = new ScriptedGenerator();
        SearchResult result = run(THRESHOLD, PromptVariant.FULL, generator, VARIANCES);

        assertEquals(Optional.empty(), generator.contexts.get(0).feedback(), "the first prompt has no feedback");
        for (int t = 2; t <= VARIANCES.length; t++) {
            Optional<Feedback> before = generator.contexts.get(t - 2).feedback();
            Optional<Feedback> now = generator.contexts.get(t - 1).feedback();
            IterationRecord previous = result.records().get(t - 2);
            if (previous.accepted()) {
                Feedback f = now.orElseThrow();
                assertEquals(ScriptedGenerator.parametersOf(SHAPE, t - 1), f.lastAccepted());
                assertEquals(previous.variance(), f.lastAcceptedVariance());
                assertEquals(previous.sBefore(), f.previousBest(), "feedback carries S^(t−1)");
                assertEquals(t - 1, f.accepted().get(f.accepted().size() - 1).iteration());
            } else {
                assertEquals(before, now, "feedback of iteration " + t + " must not change after a rejection");
            }
        }
        Feedback last = generator.contexts.get(VARIANCES.length - 1).feedback().orElseThrow();
        assertEquals(List.of(2, 4, 7), last.accepted().stream().map(a -> a.iteration()).toList());
    }

    @Test
    void selectsTheLastAcceptedCandidate() {
        // V^(3) = 0.55 is the highest variance but Δ^(3) = 0.05 is below the threshold: θ0* is the last element of
        // Θ* = [θ0^(1), θ0^(2)], not the argmax of V.
        SearchResult result = run(0.1, PromptVariant.FULL, new ScriptedGenerator(), 0.2, 0.5, 0.55, 0.3);

        Selection selection = result.selection().orElseThrow();
        assertEquals(2, selection.iteration());
        assertEquals(ScriptedGenerator.parametersOf(SHAPE, 2), selection.parameters());
        assertEquals(0.5, selection.variance());
        assertFalse(result.fallbackUsed());
    }

    @Test
    void fallsBackToTheHighestVarianceWhenNothingIsAcceptedAndFlagsIt() {
        SearchResult result = run(1.0, PromptVariant.FULL, new ScriptedGenerator(), 0.2, 0.7, Double.NaN, 0.4);

        assertTrue(result.accepted().isEmpty());
        assertEquals(0.0, result.finalS(), "S^(T) stays 0 when Θ* is empty");
        Selection selection = result.selection().orElseThrow();
        assertTrue(selection.fallback());
        assertTrue(result.fallbackUsed());
        assertEquals(2, selection.iteration());
        assertEquals(0.7, selection.variance());
        assertEquals(ScriptedGenerator.parametersOf(SHAPE, 2), selection.parameters());
    }

    @Test
    void aNonFiniteVarianceIsNeverAccepted() {
        SearchResult result = run(0.0, PromptVariant.FULL, new ScriptedGenerator(), Double.NaN, 0.5);

        assertFalse(result.records().get(0).accepted());
        assertEquals(0.0, result.records().get(0).sAfter());
        assertEquals(2, result.selection().orElseThrow().iteration());
    }

    @Test
    void blankedPromptSlotsNeverReachTheGenerator() {
        ScriptedGenerator noFeedback = new ScriptedGenerator();
        SearchResult result = run(THRESHOLD, PromptVariant.NO_FEEDBACK, noFeedback, VARIANCES);
        assertFalse(result.accepted().isEmpty(), "the search still accepts candidates without feedback");
        assertTrue(noFeedback.contexts.stream().allMatch(c -> c.feedback().isEmpty()));
        assertTrue(noFeedback.contexts.stream().allMatch(c -> c.datasetDescription().isPresent()));

        ScriptedGenerator noDescription = new ScriptedGenerator();
        run(THRESHOLD, PromptVariant.NO_DESCRIPTION, noDescription, VARIANCES);
        assertTrue(noDescription.contexts.stream().allMatch(c -> c.datasetDescription().isEmpty()));
        assertTrue(noDescription.contexts.get(VARIANCES.length - 1).feedback().isPresent());

        ScriptedGenerator full = new ScriptedGenerator();
        run(THRESHOLD, PromptVariant.FULL, full, VARIANCES);
        assertEquals(Optional.of("a scripted dataset"), full.contexts.get(0).datasetDescription());
    }

    @Test
    void contextsCarryTheIterationBudgetAndOneGeneratorSeed() {
        ScriptedGenerator generator = new ScriptedGenerator();
        run(THRESHOLD, PromptVariant.FULL, generator, VARIANCES);

        for (int t = 1; t <= VARIANCES.length; t++) {
            SearchContext c = generator.contexts.get(t - 1);
            assertEquals(t, c.iteration());
            assertEquals(VARIANCES.length, c.totalIterations());
            assertEquals(SHAPE, c.shape());
            assertEquals(generator.contexts.get(0).seed(), c.seed());
        }
        assertNotEquals(PROBLEM.seed(), generator.contexts.get(0).seed(), "the generator gets a derived seed");
    }

    @Test
    void trainingSeedsAreDistinctPerIterationAndReproducible() {
        ScriptedEvaluator first = new ScriptedEvaluator(VARIANCES);
        ScriptedEvaluator second = new ScriptedEvaluator(VARIANCES);
        ScriptedEvaluator otherCell = new ScriptedEvaluator(VARIANCES);
        SearchSettings settings = settings(VARIANCES.length, THRESHOLD, PromptVariant.FULL);
        SearchResult result = new AdaInitSearch(settings, first).run(PROBLEM, new ScriptedGenerator());
        new AdaInitSearch(settings, second).run(PROBLEM, new ScriptedGenerator());
        new AdaInitSearch(settings, otherCell)
                .run(new SearchProblem(SHAPE, PROBLEM.prior(), "", PROBLEM.seed() + 1), new ScriptedGenerator());

        assertEquals(first.seeds, second.seeds);
        assertEquals(VARIANCES.length, new HashSet<>(first.seeds).size());
        assertTrue(first.seeds.stream().noneMatch(otherCell.seeds::contains));
        assertEquals(first.seeds, result.records().stream().map(IterationRecord::trainingSeed).toList());
    }

    @Test
    void recordsCarryTheProposalAndSettingsMetadata() {
        ParameterGenerator generator = new ParameterGenerator() {
            @Override
            public Proposal propose(SearchContext context) {
                return new Proposal(ScriptedGenerator.parametersOf(context.shape(), context.iteration()),
                        ParseStatus.REPAIRED, 2, 1200, 340, 0.0042, 815, "gpt-4o", "chatcmpl-" + context.iteration());
            }

            @Override
            public String label() {
                return "llm:gpt-4o";
            }

            @Override
            public String promptVersion() {
                return "adainit-v1@0123456789ab";
            }
        };
        List<IterationRecord> seen = new ArrayList<>();
        SearchResult result = new AdaInitSearch(settings(2, THRESHOLD, PromptVariant.FULL),
                        new ScriptedEvaluator(0.5, 0.75))
                .run(PROBLEM, generator, seen::add);

        assertEquals(result.records(), seen, "the listener sees every record, in order");
        IterationRecord r = seen.get(1);
        assertEquals("llm:gpt-4o", r.generator());
        assertEquals(ParseStatus.REPAIRED, r.parseStatus());
        assertEquals(2, r.retries());
        assertEquals(1200, r.tokensIn());
        assertEquals(340, r.tokensOut());
        assertEquals(0.0042, r.costUsd());
        assertEquals(815, r.latencyMillis());
        assertEquals("gpt-4o", r.model());
        assertEquals("chatcmpl-2", r.responseId());
        assertEquals("adainit-v1@0123456789ab", r.promptVersion());
        assertEquals(THRESHOLD, r.threshold());
        assertEquals(ParameterFingerprint.of(ScriptedGenerator.parametersOf(SHAPE, 2)), r.theta0Hash());
    }

    @Test
    void aGeneratorFailureStopsTheSearchAndIsReturnedAsData() {
        ScriptedGenerator scripted = new ScriptedGenerator();
        ParameterGenerator failingAtThree = new ParameterGenerator() {
            @Override
            public Proposal propose(SearchContext context) {
                if (context.iteration() == 3) {
                    throw new IllegalStateException("cost cap of 1.00 USD reached");
                }
                return scripted.propose(context);
            }

            @Override
            public String label() {
                return "failing";
            }
        };
        SearchResult result = run(THRESHOLD, PromptVariant.FULL, failingAtThree, VARIANCES);

        assertFalse(result.completed());
        SearchFailure failure = result.failure().orElseThrow();
        assertEquals(3, failure.iteration());
        assertEquals(SearchFailure.Stage.GENERATOR, failure.stage());
        assertEquals("cost cap of 1.00 USD reached", failure.message());
        assertEquals(2, result.records().size());
        assertEquals(2, result.selection().orElseThrow().iteration(), "iterations before the failure still count");
    }

    @Test
    void aTrainingFailureStopsTheSearchAndIsReturnedAsData() {
        CandidateEvaluator failing = (initial, seed) -> {
            throw new IllegalArgumentException("need as many labels as samples (>0), got 0 and 0");
        };
        SearchResult result = new AdaInitSearch(settings(5, THRESHOLD, PromptVariant.FULL), failing)
                .run(PROBLEM, new ScriptedGenerator());

        SearchFailure failure = result.failure().orElseThrow();
        assertEquals(1, failure.iteration());
        assertEquals(SearchFailure.Stage.TRAINING, failure.stage());
        assertTrue(result.records().isEmpty());
        assertTrue(result.selection().isEmpty());
    }

    @Test
    void aProposalOfTheWrongShapeIsAFailureNamingBothShapes() {
        ParameterGenerator wrongShape = new ParameterGenerator() {
            @Override
            public Proposal propose(SearchContext context) {
                return Proposal.local(ScriptedGenerator.parametersOf(new QnnShape(3, 2, 2), 1), 0);
            }

            @Override
            public String label() {
                return "wrong";
            }
        };
        SearchResult result = run(THRESHOLD, PromptVariant.FULL, wrongShape, VARIANCES);

        String message = result.failure().orElseThrow().message();
        assertTrue(message.contains(new QnnShape(3, 2, 2).toString()) && message.contains(SHAPE.toString()), message);
    }

    @Test
    void aProposalWithNonFiniteValuesIsAFailure() {
        ParameterGenerator infinite = new ParameterGenerator() {
            @Override
            public Proposal propose(SearchContext context) {
                QnnParameters p = ScriptedGenerator.parametersOf(context.shape(), 1);
                p.values()[3] = Double.POSITIVE_INFINITY;
                return Proposal.local(p, 0);
            }

            @Override
            public String label() {
                return "infinite";
            }
        };
        SearchResult result = run(THRESHOLD, PromptVariant.FULL, infinite, VARIANCES);

        assertEquals(SearchFailure.Stage.GENERATOR, result.failure().orElseThrow().stage());
        assertTrue(result.records().isEmpty());
    }
}
