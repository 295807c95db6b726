package org.adainit.jobs.generator.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.adainit.jobs.generator.prior.PriorDrawGenerator;
import org.adainit.jobs.search.Feedback;
import org.adainit.jobs.search.Feedback.AcceptedCandidate;
import org.adainit.jobs.search.SearchContext;
import org.adainit.simulator.init.NormalInitialiser;
import org.adainit.simulator.init.UniformInitialiser;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.junit.jupiter.api.Test;

class EmbeddedGeneratorTest {

    private static final QnnShape SHAPE = new QnnShape(2, 2, 2);
    private static final int BUDGET = 50;

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
            assertEquals(new EmbeddedGenerator().propose(context(t, 5, feedback)).parameters(),
                    new EmbeddedGenerator().propose(context(t, 5, feedback)).parameters(), "iteration " + t);
        }
        assertNotEquals(new EmbeddedGenerator().propose(context(40, 5, feedback)).parameters(),
                new EmbeddedGenerator().propose(context(40, 6, feedback)).parameters());
    }

    @Test
    void withoutFeedbackItMakesExactlyTheRandomGeneratorsDraw() {
        for (int t = 1; t <= 5; t++) {
            assertEquals(new PriorDrawGenerator().propose(context(t, 21, Optional.empty())).parameters(),
                    new EmbeddedGenerator().propose(context(t, 21, Optional.empty())).parameters());
        }
    }

    @Test
    void withFeedbackItSearchesAroundTheLastAcceptedCandidate() {
        // θ = 10 lies far outside U(0, 1): a proposal near it can only come from the feedback.
        Optional<Feedback> feedback = Optional.of(acceptedAt(2));
        QnnParameters parent = feedback.get().lastAccepted();
        int nearParent = 0;
        for (long seed = 0; seed < 40; seed++) {
            QnnParameters proposal = new EmbeddedGenerator().propose(context(3, seed, feedback)).parameters();
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
            QnnParameters proposal = new EmbeddedGenerator().propose(context(BUDGET, seed, feedback)).parameters();
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
            narrow += distance(feedback.get().lastAccepted(), new EmbeddedGenerator()
                    .propose(withPrior(new NormalInitialiser(0.0, 0.1), seed, feedback)).parameters());
            wide += distance(feedback.get().lastAccepted(), new EmbeddedGenerator()
                    .propose(withPrior(new NormalInitialiser(0.0, 1.0), seed, feedback)).parameters());
        }
        assertEquals(10.0, wide / narrow, 0.5, "a prior ten times wider gives steps ten times larger");
    }

    private static SearchContext withPrior(NormalInitialiser prior, long seed, Optional<Feedback> feedback) {
        return new SearchContext(SHAPE, prior, Optional.empty(), feedback, BUDGET, BUDGET, seed);
    }

    @Test
    void isLabelledAsNotAnLlm() {
        assertEquals("embedded (not an LLM)", new EmbeddedGenerator().label());
    }
}
