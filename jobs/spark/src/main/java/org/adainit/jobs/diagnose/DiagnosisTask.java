package org.adainit.jobs.diagnose;

import org.adainit.jobs.diagnosis.CellDiagnosis;
import org.adainit.jobs.diagnosis.CellToDiagnose;
import org.adainit.jobs.diagnosis.LandscapeRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.adainit.jobs.datasets.PreparedDataset;
import org.adainit.jobs.grid.TrainingSpec;
import org.adainit.jobs.tables.diagnosis.CellDiagnosticTables;
import org.adainit.simulator.diagnostics.LossLandscape;
import org.adainit.simulator.training.EpochRecord;
import org.apache.spark.sql.Row;

/**
 * One Spark task of {@code diagnose}: some rows of a cell's landscape slice, or the retraining that gives its
 * gradient distributions (and checks itself against the recorded epochs).
 *
 * @param fromRow first α row of the slice; ignored for the retraining
 * @param toRow end of the α rows (exclusive); ignored for the retraining
 */
public record DiagnosisTask(CellToDiagnose cell, boolean retraining, int fromRow, int toRow) implements Serializable {

    /**
     * What a task produced: rows of the three tables, and a note when the retraining did not reproduce the run.
     *
     * @param mismatch null when it did (or for landscape tasks)
     */
    public record Output(List<Row> landscape, List<Row> distribution, List<Row> histogram, String mismatch)
            implements Serializable {}

    /** Relative difference of the retrained ∂E/∂l0[0,0,0] from the recorded one beyond which we say so. */
    static final double REPRODUCTION_TOLERANCE = 1e-9;

    public Output run(String dataDirectory, LandscapeRequest landscape, TrainingSpec training) {
        PreparedDataset data = cell.data(dataDirectory);
        double[][] x = data.train().x();
        int[] y = data.train().y();
        if (!retraining) {
            LossLandscape.Slice slice = CellDiagnosis.landscape(cell.theta0(), x, y, landscape, fromRow, toRow);
            return new Output(CellDiagnosticTables.landscapeRows(cell.cellId(), landscape.labels(), slice), List.of(),
                    List.of(), null);
        }
        CellDiagnosis.Gradients gradients =
                CellDiagnosis.gradients(cell.theta0(), x, y, training.config(), cell.trainingSeed());
        return new Output(List.of(), CellDiagnosticTables.distributionRows(cell.cellId(), gradients.distributions()),
                CellDiagnosticTables.histogramRows(cell.cellId(), gradients.distributions()),
                mismatch(gradients.training().epochs()));
    }

    private String mismatch(List<EpochRecord> epochs) {
        double[] recorded = cell.recordedGradients();
        if (recorded.length != epochs.size()) {
            return cell.cellId() + ": the run recorded " + recorded.length + " epochs, the retraining has "
                    + epochs.size();
        }
        List<String> off = new ArrayList<>();
        for (int e = 0; e < recorded.length; e++) {
            double retrained = epochs.get(e).trackedGradient();
            double scale = Math.max(Math.abs(recorded[e]), Double.MIN_NORMAL);
            if (Math.abs(retrained - recorded[e]) > REPRODUCTION_TOLERANCE * scale) {
                off.add("epoch " + (e + 1) + ": " + recorded[e] + " recorded, " + retrained + " retrained");
            }
        }
        return off.isEmpty() ? null : cell.cellId() + ": the retraining does not reproduce the recorded run ("
                + off.get(0) + (off.size() > 1 ? ", and " + (off.size() - 1) + " more epochs" : "") + ")";
    }
}
