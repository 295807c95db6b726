package org.adainit.jobs.search;

import java.util.Objects;
import org.adainit.simulator.init.Initialiser;
import org.adainit.simulator.qnn.QnnShape;

/**
 * One grid cell's search problem: the QNN structure, the prior named in the prompt, the dataset description, the
 * cell seed every draw of the search derives from ({@link org.adainit.simulator.seed.Seeds}) and where the head of
 * every trained θ0 comes from.
 */
public record SearchProblem(
        QnnShape shape, Initialiser prior, String datasetDescription, long seed, HeadInitialisation head) {

    public SearchProblem {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(prior, "prior");
        Objects.requireNonNull(datasetDescription, "datasetDescription");
        Objects.requireNonNull(head, "head");
    }

    /** The paper's problem: the head comes with θ0. */
    public SearchProblem(QnnShape shape, Initialiser prior, String datasetDescription, long seed) {
        this(shape, prior, datasetDescription, seed, HeadInitialisation.PRIOR);
    }
}
