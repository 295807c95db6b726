package org.adainit.jobs.tables;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.adainit.jobs.outcome.FinalScores;
import org.adainit.simulator.qnn.SplitScore;
import org.apache.spark.sql.types.DataTypes;

/**
 * The columns of a training's {@link FinalScores}, the same in {@code cells} (θ0*'s or the baseline's training) and
 * {@code iterations} (every candidate's): loss and accuracy of the final parameters on each split; null when the
 * training diverged or the outcome predates them.
 */
final class ScoreColumns {

    static final TableColumns<FinalScores> COLUMNS = new TableColumns<FinalScores>()
            .nullable("final_train_loss", DataTypes.DoubleType, of(FinalScores::train, SplitScore::loss))
            .nullable("final_train_accuracy", DataTypes.DoubleType, of(FinalScores::train, SplitScore::accuracy))
            .nullable("validation_loss", DataTypes.DoubleType, of(FinalScores::validation, SplitScore::loss))
            .nullable("validation_accuracy", DataTypes.DoubleType, of(FinalScores::validation, SplitScore::accuracy))
            .nullable("test_loss", DataTypes.DoubleType, of(FinalScores::test, SplitScore::loss))
            .nullable("test_accuracy", DataTypes.DoubleType, of(FinalScores::test, SplitScore::accuracy));

    private ScoreColumns() {}

    private static Function<FinalScores, Object> of(Function<FinalScores, SplitScore> split,
            ToDoubleFunction<SplitScore> measure) {
        return scores -> scores == null ? null : measure.applyAsDouble(split.apply(scores));
    }
}
