package org.adainit.jobs.generator.prior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.adainit.jobs.search.Feedback;
import org.adainit.jobs.search.Feedback.AcceptedCandidate;
import org.adainit.jobs.search.ParseStatus;
import org.adainit.jobs.search.Proposal;
import org.adainit.jobs.search.SearchContext;
import org.adainit.simulator.init.UniformInitialiser;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.junit.jupiter.api.Test;

class PriorDrawGeneratorTest {

    private static final QnnShape SHAPE = new QnnShape(3, 2, 2);

    private static SearchContext context(int iteration, long seed, Optional<Feedback> feedback) {
        return new SearchContext(
                SHAPE, new UniformInitialiser(2.0, 3.0), Optional.empty(), feedback, iteration, 10, seed);
    }

    @Test
    void theSameSeedAndIterationGiveTheSameDraw() {
        Proposal first = new PriorDrawGenerator().propose(context(4, 99, Optional.empty()));
        Proposal again = new PriorDrawGenerator().propose(context(4, 99, Optional.empty()));
        assertEquals(first.parameters(), again.parameters());
    }

    @Test
    void iterationsAndSeedsGiveDifferentDraws() {
        QnnParameters base = new PriorDrawGenerator().propose(context(4, 99, Optional.empty())).parameters();
        assertNotEquals(base, new PriorDrawGenerator().propose(context(5, 99, Optional.empty())).parameters());
        assertNotEquals(base, new PriorDrawGenerator().propose(context(4, 98, Optional.empty())).parameters());
    }

    @Test
    void drawsFromThePriorAndIgnoresFeedback() {
        QnnParameters accepted = new QnnParameters(SHAPE, new double[SHAPE.parameterCount()]);
        Feedback feedback = new Feedback(accepted, 0.5, 0.0, List.of(new AcceptedCandidate(1, accepted, 0.5)));
        Proposal withFeedback = new PriorDrawGenerator().propose(context(2, 7, Optional.of(feedback)));
        Proposal without = new PriorDrawGenerator().propose(context(2, 7, Optional.empty()));

        assertEquals(without.parameters(), withFeedback.parameters());
        for (double v : withFeedback.parameters().values()) {
            assertTrue(v >= 2.0 && v <= 3.0, "U(2, 3) draw " + v);
        }
        assertEquals(ParseStatus.NOT_APPLICABLE, withFeedback.parseStatus());
        assertEquals("random", new PriorDrawGenerator().label());
    }
}
