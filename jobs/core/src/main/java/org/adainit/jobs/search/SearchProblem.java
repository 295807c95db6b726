package org.adainit.jobs.search;

import java.util.Objects;
import org.adainit.simulator.init.Initialiser;
import org.adainit.simulator.qnn.QnnShape;

/**
 * One grid cell's search problem: the QNN structure, the prior named in the prompt, the dataset description and the
 * cell seed every draw of the search derives from
 * ({@link org.adainit.simulator.seed.Seeds}).
 */
public record SearchProblem(QnnShape shape, Initialiser prior, String datasetDescription, long seed) {

    public SearchProblem {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(prior, "prior");
        Objects.requireNonNull(datasetDescription, "datasetDescription");
    }
}
