package org.adainit.jobs.search;

import java.util.Optional;
import org.adainit.simulator.init.Initialiser;
import org.adainit.simulator.qnn.QnnShape;

/**
 * Everything the prompt of iteration t carries, and nothing more: the shapes, the prior, the dataset description and
 * the feedback. Ablated slots (Fig. 4) are already empty here, so no generator can peek at what the prompt hides.
 *
 * @param iteration 1-based t
 * @param datasetDescription empty when the prompt variant blanks it
 * @param feedback empty before the first acceptance or when the prompt variant blanks it
 * @param seed seed of this cell's generator, derived from (global seed, cell id)
 */
public record SearchContext(
        QnnShape shape,
        Initialiser prior,
        Optional<String> datasetDescription,
        Optional<Feedback> feedback,
        int iteration,
        int totalIterations,
        long seed) {}
