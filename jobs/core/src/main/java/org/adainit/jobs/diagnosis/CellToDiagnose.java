package org.adainit.jobs.diagnosis;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Optional;
import org.adainit.jobs.datasets.DataDirectory;
import org.adainit.jobs.datasets.Dataset;
import org.adainit.jobs.datasets.Datasets;
import org.adainit.jobs.datasets.PreparedDataset;
import org.adainit.jobs.datasets.PreprocessingOptions;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;

/**
 * A finished AdaInit cell as {@code diagnose} needs it, read from the run's tables: where its data comes from, θ0*,
 * the seed its training used, and what that training recorded per epoch (to check the retraining against).
 *
 * @param theta θ0* in {@link QnnParameters}' flat layout (l0, l1, l2)
 * @param recordedGradients ∂E/∂l0[0,0,0] per epoch as the run's {@code epochs} table holds it
 */
public record CellToDiagnose(String cellId, Dataset dataset, int qubits, int layers, long splitSeed, long trainingSeed,
        double[] theta, double[] recordedGradients) implements Serializable {

    /** The paper's binary tasks: a Linear(N, 2) head. */
    static final int CLASSES = 2;

    public QnnParameters theta0() {
        return new QnnParameters(new QnnShape(qubits, layers, CLASSES), theta.clone());
    }

    /** The cell's training split, prepared exactly as the run prepared it. */
    public PreparedDataset data(String dataDirectory) {
        return Datasets.prepare(dataset, DataDirectory.resolve(Optional.of(Path.of(dataDirectory)), Optional.empty()),
                qubits, splitSeed, PreprocessingOptions.paper());
    }
}
