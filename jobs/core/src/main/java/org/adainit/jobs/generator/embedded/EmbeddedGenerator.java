package org.adainit.jobs.generator.embedded;

import java.util.List;
import java.util.Objects;
import org.adainit.jobs.generator.prior.PriorDraw;
import org.adainit.jobs.search.Feedback;
import org.adainit.jobs.search.Feedback.AcceptedCandidate;
import org.adainit.jobs.search.ParameterGenerator;
import org.adainit.jobs.search.Proposal;
import org.adainit.jobs.search.SearchContext;
import org.adainit.simulator.init.Support;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.seed.Seeds;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * The offline default generator, <b>not an LLM</b>: a seeded (1+1) evolution strategy with the one-fifth success
 * rule, restarted from the prior. It reads exactly what the prompt carries (shapes, prior law, feedback history of
 * accepted candidates, iteration budget) and nothing else; in particular it never sees rejected candidates.
 *
 * <p>Iteration t:
 *
 * <ol>
 *   <li>No feedback (nothing accepted yet, or the prompt variant blanks it): return the prior draw of iteration t —
 *       the very draw {@code random} makes, so the two generators differ only where feedback exists.
 *   <li>Otherwise, with probability p_t = {@value #EXPLORATION} · (1 − (t−1)/T), still return the prior draw
 *       (global exploration that fades over the budget).
 *   <li>Otherwise mutate the parent, the last accepted θ0 (the best so far, since S only rises):
 *       θ = θ_parent + σ_t · s_prior · z, z ~ N(0, I), where s_prior is the prior's standard deviation (measured on
 *       draws from the prior, so any law works) and σ_t follows the one-fifth rule computed from the history alone:
 *       log σ_t = log σ_0 + (k − f/4)/d, with k the accepted candidates after the first, f the iterations since the
 *       first acceptance that were not accepted, σ_0 = {@value #INITIAL_STEP}, d = {@value #DAMPING}, clamped to
 *       [{@value #MIN_STEP}, {@value #MAX_STEP}]. Successes widen the step, a run of failures narrows it.
 * </ol>
 *
 * <p>Every draw derives from (context seed, t), so a cell's proposals are reproducible. With
 * {@link ProposalSupport#FREE} mutated values are not clipped to the prior's support: like an LLM following the
 * feedback, the sampler may leave it when that raises the variance. With {@link ProposalSupport#PRIOR} they are
 * reflected back into it.
 */
public final class EmbeddedGenerator implements ParameterGenerator {

    public static final String LABEL = "embedded (not an LLM)";

    static final double EXPLORATION = 0.25;
    static final double INITIAL_STEP = 0.5;
    static final double DAMPING = 2.0;
    static final double MIN_STEP = 0.05;
    static final double MAX_STEP = 4.0;
    /** Prior values drawn to measure its spread: enough for about 2% relative error in s_prior. */
    static final int SCALE_SAMPLE_SIZE = 4096;

    private static final String STREAM = "embedded";
    private static final String SCALE_STREAM = "embedded-prior-scale";

    private final ProposalSupport support;

    public EmbeddedGenerator(ProposalSupport support) {
        this.support = Objects.requireNonNull(support, "support");
    }

    @Override
    public Proposal propose(SearchContext context) {
        long start = System.nanoTime();
        QnnParameters proposal = context.feedback()
                .map(feedback -> adapted(context, feedback))
                .orElseGet(() -> PriorDraw.at(context));
        return Proposal.local(proposal, (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public String label() {
        return LABEL;
    }

    private QnnParameters adapted(SearchContext context, Feedback feedback) {
        RandomGenerator random =
                new Well19937c(Seeds.derive(Seeds.derive(context.seed(), STREAM), context.iteration()));
        double exploration =
                EXPLORATION * (1.0 - (context.iteration() - 1.0) / context.totalIterations());
        if (random.nextDouble() < exploration) {
            return PriorDraw.at(context);
        }
        double step = stepSize(feedback.accepted(), context.iteration()) * priorScale(context);
        double[] values = feedback.lastAccepted().values().clone();
        for (int i = 0; i < values.length; i++) {
            values[i] += step * random.nextGaussian();
        }
        if (support == ProposalSupport.PRIOR) {
            Support prior = context.prior().support();
            for (int i = 0; i < values.length; i++) {
                values[i] = prior.reflect(values[i]);
            }
        }
        return new QnnParameters(context.shape(), values);
    }

    /** σ_t of the one-fifth rule, from the accepted iterations alone (the prompt carries no rejected candidates). */
    static double stepSize(List<AcceptedCandidate> accepted, int iteration) {
        int firstAcceptance = accepted.get(0).iteration();
        int successes = accepted.size() - 1;
        int failures = (iteration - 1 - firstAcceptance) - successes;
        double logStep = Math.log(INITIAL_STEP) + (successes - failures / 4.0) / DAMPING;
        return Math.min(MAX_STEP, Math.max(MIN_STEP, Math.exp(logStep)));
    }

    /** Standard deviation of one parameter under the prior (the prior draws every parameter i.i.d.). */
    static double priorScale(SearchContext context) {
        QnnShape shape = context.shape();
        int draws = (SCALE_SAMPLE_SIZE + shape.parameterCount() - 1) / shape.parameterCount();
        RandomGenerator random = new Well19937c(Seeds.derive(context.seed(), SCALE_STREAM));
        double[] pooled = new double[draws * shape.parameterCount()];
        for (int d = 0; d < draws; d++) {
            double[] values = context.prior().sample(shape, random).values();
            System.arraycopy(values, 0, pooled, d * values.length, values.length);
        }
        return new StandardDeviation().evaluate(pooled);
    }
}
