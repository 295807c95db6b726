package org.adainit.jobs.search;

import java.util.Objects;
import org.adainit.simulator.init.Initialiser;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;

/**
 * One grid cell's search problem: the QNN structure, the prior named in the prompt, the dataset description, the
 * cell seed every draw of the search derives from ({@link org.adainit.simulator.seed.Seeds}), where the head of
 * every trained θ0 comes from and how that head is treated while θ0 is scored.
 */
public record SearchProblem(
        QnnShape shape, Initialiser prior, String datasetDescription, long seed, HeadInitialisation head,
        ScoringHead scoringHead) {

    public SearchProblem {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(prior, "prior");
        Objects.requireNonNull(datasetDescription, "datasetDescription");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(scoringHead, "scoringHead");
    }

    /** The paper's problem: the head comes with θ0 and trains with it. */
    public SearchProblem(QnnShape shape, Initialiser prior, String datasetDescription, long seed) {
        this(shape, prior, datasetDescription, seed, HeadInitialisation.PRIOR, ScoringHead.TRAINED);
    }

    /**
     * The θ0 that is trained, scored and recorded for a drawn or proposed one: its head set by {@link #head()}, then
     * prepared by {@link #scoringHead()}. {@code headSeed} drives a drawn head.
     */
    public QnnParameters theta0(QnnParameters proposed, long headSeed) {
        return scoringHead.prepare(head.apply(proposed, headSeed));
    }
}
