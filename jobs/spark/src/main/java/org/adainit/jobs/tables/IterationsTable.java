package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adainit.jobs.outcome.CellOutcome;
import org.adainit.jobs.search.IterationRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** One row per search iteration (Algorithm 1's record of iteration t); the baselines have none. */
public final class IterationsTable {

    public static final StructType SCHEMA;

    /** The generator's wall time per proposal: the one column that differs between two runs of the same grid. */
    public static final List<String> RUN_DEPENDENT_COLUMNS = List.of("latency_ms");

    static {
        List<StructField> fields = new ArrayList<>(KeyColumns.FIELDS);
        add(fields, "iteration", DataTypes.IntegerType);
        add(fields, "theta0_hash", DataTypes.StringType);
        add(fields, "variance", DataTypes.DoubleType);
        add(fields, "delta", DataTypes.DoubleType);
        add(fields, "threshold", DataTypes.DoubleType);
        add(fields, "s_before", DataTypes.DoubleType);
        add(fields, "s_after", DataTypes.DoubleType);
        add(fields, "accepted", DataTypes.BooleanType);
        add(fields, "generator", DataTypes.StringType);
        add(fields, "parse_status", DataTypes.StringType);
        add(fields, "retries", DataTypes.IntegerType);
        add(fields, "tokens_in", DataTypes.LongType);
        add(fields, "tokens_out", DataTypes.LongType);
        add(fields, "cost_usd", DataTypes.DoubleType);
        add(fields, "latency_ms", DataTypes.LongType);
        add(fields, "model", DataTypes.StringType);
        add(fields, "response_id", DataTypes.StringType);
        add(fields, "prompt_version", DataTypes.StringType);
        add(fields, "training_seed", DataTypes.LongType);
        SCHEMA = DataTypes.createStructType(fields);
    }

    private IterationsTable() {}

    public static List<Row> rows(CellOutcome outcome) {
        List<Object> key = KeyColumns.values(outcome.cell());
        List<Row> rows = new ArrayList<>();
        for (IterationRecord r : outcome.iterations()) {
            List<Object> values = new ArrayList<>(key);
            values.addAll(List.of(r.iteration(), r.theta0Hash(), r.variance(), r.delta(), r.threshold(), r.sBefore(),
                    r.sAfter(), r.accepted(), r.generator(),
                    r.parseStatus().name().toLowerCase(Locale.ROOT).replace('_', '-'), r.retries(), r.tokensIn(),
                    r.tokensOut(), r.costUsd(), r.latencyMillis(), r.model(), r.responseId(), r.promptVersion(),
                    r.trainingSeed()));
            rows.add(RowFactory.create(values.toArray()));
        }
        return rows;
    }

    private static void add(List<StructField> fields, String name, DataType type) {
        fields.add(DataTypes.createStructField(name, type, false));
    }
}
