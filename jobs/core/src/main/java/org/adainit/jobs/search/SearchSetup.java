package org.adainit.jobs.search;

import org.adainit.jobs.datasets.DataDirectory;
import org.adainit.jobs.datasets.Dataset;
import org.adainit.jobs.datasets.Datasets;
import org.adainit.jobs.datasets.PreparedDataset;
import org.adainit.jobs.datasets.PreprocessingOptions;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.training.TrainingConfig;

/**
 * What one search (Algorithm 1) or baseline training starts from, built the same way for a grid cell and for the
 * {@code search} command: the dataset split (Table 1 sizes, PCA to min(F, N), angles in [0, π]), the prior fitted to
 * the training features, the search problem and the evaluator that trains a candidate θ0 on the training split.
 */
public record SearchSetup(PreparedDataset data, SearchProblem problem, TrainingEvaluator evaluator) {

    /** The paper's tasks are binary: a Linear(N, 2) head. */
    public static final int CLASSES = 2;

    /**
     * @param head where the head of every trained θ0 comes from
     * @param scoringHead how that head is treated while θ0 is trained and scored; it also sets what the evaluator's
     *     trainings update, whatever {@code training} says
     * @param splitSeed seeds the train/validation/test split
     * @param searchSeed every draw of the search or the baseline derives from it
     */
    public static SearchSetup prepare(Dataset dataset, DataDirectory directory, int qubits, int layers,
            PriorSpec prior, HeadInitialisation head, ScoringHead scoringHead, long splitSeed, long searchSeed,
            TrainingConfig training) {
        PreparedDataset data = Datasets.prepare(dataset, directory, qubits, splitSeed, PreprocessingOptions.paper());
        double[][] x = data.train().x();
        QnnShape shape = new QnnShape(qubits, layers, CLASSES);
        SearchProblem problem = new SearchProblem(shape, prior.create(shape, x), data.description(), searchSeed,
                head, scoringHead);
        return new SearchSetup(data, problem,
                new TrainingEvaluator(scoringHead.configure(training), x, data.train().y()));
    }
}
