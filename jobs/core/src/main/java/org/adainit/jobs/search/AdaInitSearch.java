package org.adainit.jobs.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.adainit.jobs.search.Feedback.AcceptedCandidate;
import org.adainit.jobs.search.SearchFailure.Stage;
import org.adainit.jobs.search.SearchResult.Selection;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.seed.Seeds;
import org.adainit.simulator.training.TrainingResult;

/**
 * The paper's Algorithm 1. For t = 1..T: the generator proposes θ0^(t) from what the prompt carries; the QNN is
 * trained from it and scored V^(t) = Var[∂E]; Δ^(t) = max(V^(t) − S^(t−1), 0); if Δ^(t) exceeds the threshold the
 * feedback is rebuilt from (θ0^(t), V^(t), S^(t−1)), S^(t) = V^(t) and θ0^(t) joins Θ*; otherwise the prompt and S
 * stay as they were. θ0* is the last element of Θ*; when Θ* ends empty it is the argmax of V^(t), flagged
 * (docs/search.md).
 *
 * <p>A generator or training exception ends the search early; it is returned as a {@link SearchFailure} next to the
 * iterations that did complete, with the model usage the failed iteration spent, so a grid run records it and moves
 * on. Pure Java: no Spark.
 */
public final class AdaInitSearch {

    static final String GENERATOR_STREAM = "generator";
    static final String TRAINING_STREAM = "training";
    static final String HEAD_STREAM = "head";

    private final SearchSettings settings;
    private final CandidateEvaluator evaluator;

    public AdaInitSearch(SearchSettings settings, CandidateEvaluator evaluator) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    }

    public SearchResult run(SearchProblem problem, ParameterGenerator generator) {
        return run(problem, generator, record -> {});
    }

    /** Runs the search; {@code onIteration} sees each record as soon as its iteration ends (progress output). */
    public SearchResult run(SearchProblem problem, ParameterGenerator generator, Consumer<IterationRecord> onIteration) {
        int total = settings.iterations();
        double threshold = settings.thresholdRule().threshold(problem.shape(), total);
        long generatorSeed = Seeds.derive(problem.seed(), GENERATOR_STREAM);
        long trainingSeeds = Seeds.derive(problem.seed(), TRAINING_STREAM);
        long headSeeds = Seeds.derive(problem.seed(), HEAD_STREAM);
        Optional<String> description =
                settings.variant().carriesDescription() ? Optional.of(problem.datasetDescription()) : Optional.empty();

        double s = 0.0;
        Optional<Feedback> feedback = Optional.empty();
        List<AcceptedCandidate> accepted = new ArrayList<>();
        List<SearchIteration> iterations = new ArrayList<>();
        Optional<SearchFailure> failure = Optional.empty();

        for (int t = 1; t <= total && failure.isEmpty(); t++) {
            SearchContext context = new SearchContext(
                    problem.shape(),
                    problem.prior(),
                    description,
                    settings.variant().carriesFeedback() ? feedback : Optional.empty(),
                    t,
                    total,
                    generatorSeed);
            Proposal proposal = null;
            try {
                proposal = generator.propose(context);
                requireUsable(proposal, problem);
            } catch (ProposalFailure e) {
                failure = Optional.of(new SearchFailure(t, Stage.GENERATOR, describe(e), e.spent()));
                continue;
            } catch (RuntimeException e) {
                failure = Optional.of(new SearchFailure(t, Stage.GENERATOR, describe(e),
                        proposal == null ? ModelUsage.NONE : proposal.usage()));
                continue;
            }
            // Copied: the generator may reuse its own arrays, and the evaluator gets yet another copy to train.
            QnnParameters theta0 = problem.theta0(proposal.parameters().copy(), Seeds.derive(headSeeds, t));
            long trainingSeed = Seeds.derive(trainingSeeds, t);
            TrainingResult training;
            try {
                training = evaluator.evaluate(theta0.copy(), trainingSeed);
            } catch (RuntimeException e) {
                failure = Optional.of(new SearchFailure(t, Stage.TRAINING, describe(e), proposal.usage()));
                continue;
            }
            double variance = training.gradientVariance();
            // Math.max propagates NaN, and NaN > threshold is false: a failed score is never accepted.
            double delta = Math.max(variance - s, 0.0);
            boolean accept = delta > threshold;
            double sBefore = s;
            if (accept) {
                accepted.add(new AcceptedCandidate(t, theta0, variance));
                feedback = Optional.of(new Feedback(theta0, variance, sBefore, accepted));
                s = variance;
            }
            IterationRecord record = new IterationRecord(
                    t,
                    ParameterFingerprint.of(theta0),
                    variance,
                    delta,
                    threshold,
                    sBefore,
                    s,
                    accept,
                    generator.label(),
                    proposal.parseStatus(),
                    proposal.retries(),
                    proposal.tokensIn(),
                    proposal.tokensOut(),
                    proposal.costUsd(),
                    proposal.latencyMillis(),
                    proposal.model(),
                    proposal.responseId(),
                    generator.promptVersion(),
                    trainingSeed);
            iterations.add(new SearchIteration(record, theta0, training));
            onIteration.accept(record);
        }
        return new SearchResult(iterations, accepted, select(accepted, iterations), s, failure);
    }

    private static void requireUsable(Proposal proposal, SearchProblem problem) {
        if (proposal == null || proposal.parameters() == null) {
            throw new IllegalStateException("the generator returned no parameters");
        }
        if (!proposal.parameters().shape().equals(problem.shape())) {
            throw new IllegalStateException("the generator returned parameters of shape "
                    + proposal.parameters().shape() + ", expected " + problem.shape());
        }
        if (!proposal.parameters().allFinite()) {
            throw new IllegalStateException("the generator returned non-finite parameters");
        }
    }

    private static Optional<Selection> select(List<AcceptedCandidate> accepted, List<SearchIteration> iterations) {
        if (!accepted.isEmpty()) {
            AcceptedCandidate last = accepted.get(accepted.size() - 1);
            return Optional.of(new Selection(last.iteration(), last.parameters(), last.variance(), false));
        }
        SearchIteration best = null;
        for (SearchIteration it : iterations) {
            double v = it.record().variance();
            if (Double.isFinite(v) && (best == null || v > best.record().variance())) {
                best = it;
            }
        }
        return Optional.ofNullable(best)
                .map(b -> new Selection(b.record().iteration(), b.initialParameters(), b.record().variance(), true));
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
