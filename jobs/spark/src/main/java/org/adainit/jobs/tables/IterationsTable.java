package org.adainit.jobs.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.outcome.CellOutcome;
import org.adainit.jobs.outcome.FinalScores;
import org.adainit.jobs.search.IterationRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** One row per search iteration (Algorithm 1's record of iteration t); the baselines have none. */
public final class IterationsTable {

    /** The generator's wall time per proposal: the one column that differs between two runs of the same grid. */
    public static final List<String> RUN_DEPENDENT_COLUMNS = List.of("latency_ms");

    /** @param scores the candidate's trained parameters on every split; null without them */
    private record Source(Cell cell, IterationRecord record, FinalScores scores) {}

    private static final TableColumns<Source> COLUMNS = new TableColumns<Source>()
            .addAll(KeyColumns.COLUMNS, Source::cell)
            .required("iteration", DataTypes.IntegerType, s -> s.record().iteration())
            .required("theta0_hash", DataTypes.StringType, s -> s.record().theta0Hash())
            .required("variance", DataTypes.DoubleType, s -> s.record().variance())
            .required("delta", DataTypes.DoubleType, s -> s.record().delta())
            .required("threshold", DataTypes.DoubleType, s -> s.record().threshold())
            .required("s_before", DataTypes.DoubleType, s -> s.record().sBefore())
            .required("s_after", DataTypes.DoubleType, s -> s.record().sAfter())
            .required("accepted", DataTypes.BooleanType, s -> s.record().accepted())
            .required("generator", DataTypes.StringType, s -> s.record().generator())
            .required("parse_status", DataTypes.StringType, s -> s.record().parseStatus().externalName())
            .required("retries", DataTypes.IntegerType, s -> s.record().retries())
            .required("tokens_in", DataTypes.LongType, s -> s.record().tokensIn())
            .required("tokens_out", DataTypes.LongType, s -> s.record().tokensOut())
            .required("cost_usd", DataTypes.DoubleType, s -> s.record().costUsd())
            .required("latency_ms", DataTypes.LongType, s -> s.record().latencyMillis())
            .required("model", DataTypes.StringType, s -> s.record().model())
            .required("response_id", DataTypes.StringType, s -> s.record().responseId())
            .required("prompt_version", DataTypes.StringType, s -> s.record().promptVersion())
            .required("training_seed", DataTypes.LongType, s -> s.record().trainingSeed())
            .addAll(ScoreColumns.COLUMNS, Source::scores);

    public static final StructType SCHEMA = COLUMNS.schema();

    private IterationsTable() {}

    public static List<Row> rows(CellOutcome outcome) {
        Map<Integer, FinalScores> scores = new HashMap<>();
        outcome.trainings().forEach(run -> scores.put(run.iteration(), run.scores()));
        return outcome.iterations().stream()
                .map(r -> COLUMNS.row(new Source(outcome.cell(), r, scores.get(r.iteration())))).toList();
    }
}
