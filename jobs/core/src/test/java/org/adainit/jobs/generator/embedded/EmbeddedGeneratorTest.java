package org.adainit.jobs.generator.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.adainit.jobs.generator.prior.PriorDrawGenerator;
import org.adainit.jobs.search.AdaInitSearch;
import org.adainit.jobs.search.CandidateEvaluator;
import org.adainit.jobs.search.Feedback;
import org.adainit.jobs.search.Feedback.AcceptedCandidate;
import org.adainit.jobs.search.ParameterGenerator;
import org.adainit.jobs.search.Proposal;
import org.adainit.jobs.search.SearchContext;
import org.adainit.jobs.search.SearchProblem;
import org.adainit.jobs.search.SearchSettings;
import org.adainit.simulator.init.BetaInitialiser;
import org.adainit.simulator.init.Initialiser;
import org.adainit.simulator.init.NormalInitialiser;
import org.adainit.simulator.init.Support;
import org.adainit.simulator.init.UniformInitialiser;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.training.TrainingResult;
import org.junit.jupiter.api.Test;

class EmbeddedGeneratorTest {

    private static final QnnShape SHAPE = new QnnShape(2, 2, 2);
    private static final int BUDGET = 50;

    /** A generator whose mutations may leave the prior's support, as before the option existed. */
    private static EmbeddedGenerator free() {
        return new EmbeddedGenerator(ProposalSupport.FREE);
    }

    private static QnnParameters constant(double value) {
        double[] values = new double[SHAPE.parameterCount()];
        Arrays.fill(values, value);
        return new QnnParameters(SHAPE, values);
    }

    /** Feedback after candidates were accepted at {@code iterations}, the last one being θ = 10 everywhere. */
    private static Feedback acceptedAt(int... iterations) {
        List<AcceptedCandidate> accepted = new ArrayList<>();
        for (int i = 0; i < iterations.length; i++) {
            accepted.add(new AcceptedCandidate(iterations[i], constant(10.0 - iterations.length + 1 + i), 0.1 * i));
        }
        AcceptedCandidate last = accepted.get(accepted.size() - 1);
        return new Feedback(last.parameters(), last.variance(), 0.0, accepted);
    }

    private static SearchContext context(int iteration, long seed, Optional<Feedback> feedback) {
        return new SearchContext(
                SHAPE, UniformInitialiser.standard(), Optional.empty(), feedback, iteration, BUDGET, seed);
    }

    private static double distance(QnnParameters a, QnnParameters b) {
        double sum = 0;
        for (int i = 0; i < a.values().length; i++) {
            double d = a.values()[i] - b.values()[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    @Test
    void isDeterministicPerSeed() {
        Optional<Feedback> feedback = Optional.of(acceptedAt(3));
        for (int t = 4; t < 20; t++) {
            assertEquals(free().propose(context(t, 5, feedback)).parameters(),
                    free().propose(context(t, 5, feedback)).parameters(), "iteration " + t);
        }
        assertNotEquals(free().propose(context(40, 5, feedback)).parameters(),
                free().propose(context(40, 6, feedback)).parameters());
    }

    @Test
    void withoutFeedbackItMakesExactlyTheRandomGeneratorsDraw() {
        for (int t = 1; t <= 5; t++) {
            assertEquals(new PriorDrawGenerator().propose(context(t, 21, Optional.empty())).parameters(),
                    free().propose(context(t, 21, Optional.empty())).parameters());
        }
    }

    @Test
    void withFeedbackItSearchesAroundTheLastAcceptedCandidate() {
        // θ = 10 lies far outside U(0, 1): a proposal near it can only come from the feedback.
        Optional<Feedback> feedback = Optional.of(acceptedAt(2));
        QnnParameters parent = feedback.get().lastAccepted();
        int nearParent = 0;
        for (long seed = 0; seed < 40; seed++) {
            QnnParameters proposal = free().propose(context(3, seed, feedback)).parameters();
            if (distance(proposal, parent) < distance(proposal, constant(0.5))) {
                nearParent++;
            }
        }
        assertTrue(nearParent >= 25, "expected most of 40 proposals near the parent, got " + nearParent);
    }

    @Test
    void explorationFadesSoLateProposalsStayNearTheParent() {
        Optional<Feedback> feedback = Optional.of(acceptedAt(2));
        for (long seed = 0; seed < 20; seed++) {
            QnnParameters proposal = free().propose(context(BUDGET, seed, feedback)).parameters();
            for (double v : proposal.values()) {
                assertTrue(v > 5.0, "at t = T exploration has probability 0.25/T; got a value " + v);
            }
        }
    }

    @Test
    void stepWidensAfterSuccessesAndNarrowsAfterFailures() {
        double first = EmbeddedGenerator.stepSize(acceptedAt(2).accepted(), 3);
        assertEquals(EmbeddedGenerator.INITIAL_STEP, first, 1e-12, "right after the first acceptance");
        assertTrue(EmbeddedGenerator.stepSize(acceptedAt(2, 3, 4).accepted(), 5) > first);
        assertTrue(EmbeddedGenerator.stepSize(acceptedAt(2).accepted(), 12) < first);
        assertEquals(EmbeddedGenerator.MIN_STEP, EmbeddedGenerator.stepSize(acceptedAt(2).accepted(), 500));
        assertEquals(EmbeddedGenerator.MAX_STEP,
                EmbeddedGenerator.stepSize(acceptedAt(2, 3, 4, 5, 6, 7, 8, 9, 10, 11).accepted(), 12));
    }

    @Test
    void mutationsScaleWithThePriorsSpread() {
        Optional<Feedback> feedback = Optional.of(acceptedAt(2));
        double narrow = 0;
        double wide = 0;
        for (long seed = 0; seed < 20; seed++) {
            narrow += distance(feedback.get().lastAccepted(), free()
                    .propose(withPrior(new NormalInitialiser(0.0, 0.1), seed, feedback)).parameters());
            wide += distance(feedback.get().lastAccepted(), free()
                    .propose(withPrior(new NormalInitialiser(0.0, 1.0), seed, feedback)).parameters());
        }
        assertEquals(10.0, wide / narrow, 0.5, "a prior ten times wider gives steps ten times larger");
    }

    private static SearchContext withPrior(NormalInitialiser prior, long seed, Optional<Feedback> feedback) {
        return new SearchContext(SHAPE, prior, Optional.empty(), feedback, BUDGET, BUDGET, seed);
    }

    /**
     * Every proposal of a T = 50 search from seed {@code seed} whose evaluator scores each candidate above the last,
     * so every iteration is accepted and from t = 2 on the generator mutates a parent with a step that keeps widening.
     */
    private static List<QnnParameters> proposalsOfAlwaysAcceptingSearch(
            ProposalSupport support, Initialiser prior, long seed) {
        List<QnnParameters> proposals = new ArrayList<>();
        EmbeddedGenerator embedded = new EmbeddedGenerator(support);
        ParameterGenerator recording = new ParameterGenerator() {
            @Override
            public Proposal propose(SearchContext context) {
                Proposal proposal = embedded.propose(context);
                proposals.add(proposal.parameters().copy());
                return proposal;
            }

            @Override
            public String label() {
                return embedded.label();
            }
        };
        CandidateEvaluator risingScores = (initial, trainingSeed) -> new TrainingResult(
                initial, proposals.size(), new double[] {proposals.size()}, List.of());
        new AdaInitSearch(SearchSettings.paper(BUDGET), risingScores)
                .run(new SearchProblem(SHAPE, prior, "", seed), recording);
        assertEquals(BUDGET, proposals.size());
        return proposals;
    }

    private static long valuesOutside(List<QnnParameters> proposals, Support support) {
        return proposals.stream().flatMapToDouble(p -> Arrays.stream(p.values())).filter(v -> !support.contains(v))
                .count();
    }

    @Test
    void underPriorSupportEveryProposalOfASearchLiesInTheBoundedPriorsSupportWhereFreeOnesLeaveIt() {
        for (Initialiser prior : List.of(UniformInitialiser.standard(), new BetaInitialiser(2, 5),
                new UniformInitialiser(0, 2 * Math.PI))) {
            for (long seed = 0; seed < 3; seed++) {
                assertTrue(valuesOutside(proposalsOfAlwaysAcceptingSearch(ProposalSupport.FREE, prior, seed),
                        prior.support()) > 0, prior + ", seed " + seed + ": free mutations leave the support today");
                assertEquals(0, valuesOutside(proposalsOfAlwaysAcceptingSearch(ProposalSupport.PRIOR, prior, seed),
                        prior.support()), prior + ", seed " + seed);
            }
        }
    }

    @Test
    void anUnboundedPriorsProposalsAreTheSameUnderEitherSupport() {
        NormalInitialiser normal = new NormalInitialiser(0.0, 0.5);
        assertEquals(proposalsOfAlwaysAcceptingSearch(ProposalSupport.FREE, normal, 4),
                proposalsOfAlwaysAcceptingSearch(ProposalSupport.PRIOR, normal, 4));
    }

    @Test
    void aValueMutatedPastABoundComesBackAsFarInsideAndOthersAreUntouched() {
        // Ten successes in a row widen the step to its maximum, 4 prior standard deviations (about 1.15 for U(0, 1)),
        // around a parent at 0.5: mutations leave [0, 1] on both sides.
        List<AcceptedCandidate> accepted = new ArrayList<>();
        for (int t = 2; t <= 11; t++) {
            accepted.add(new AcceptedCandidate(t, constant(0.5), 0.1 * t));
        }
        Optional<Feedback> feedback = Optional.of(new Feedback(constant(0.5), 1.1, 1.0, accepted));
        int below = 0;
        int above = 0;
        for (long seed = 0; seed < 20; seed++) {
            double[] free = free().propose(context(12, seed, feedback)).parameters().values();
            double[] reflected = new EmbeddedGenerator(ProposalSupport.PRIOR).propose(context(12, seed, feedback))
                    .parameters().values();
            for (int i = 0; i < free.length; i++) {
                if (free[i] < 0 && free[i] > -1) {
                    below++;
                    assertEquals(-free[i], reflected[i], 1e-15, "0 − d comes back as 0 + d");
                } else if (free[i] > 1 && free[i] < 2) {
                    above++;
                    assertEquals(1 - (free[i] - 1), reflected[i], 1e-15, "1 + d comes back as 1 − d");
                } else if (free[i] >= 0 && free[i] <= 1) {
                    assertEquals(free[i], reflected[i]);
                }
            }
        }
        assertTrue(below > 10 && above > 10, "crossings below 0: " + below + ", above 1: " + above);
    }

    @Test
    void isLabelledAsNotAnLlm() {
        assertEquals("embedded (not an LLM)", free().label());
    }
}
