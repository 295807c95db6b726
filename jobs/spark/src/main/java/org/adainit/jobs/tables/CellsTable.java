package org.adainit.jobs.tables;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.outcome.CellOutcome;
import org.adainit.jobs.outcome.Selection;
import org.adainit.jobs.outcome.TrainingRun;
import org.adainit.jobs.search.IterationRecord;
import org.adainit.simulator.training.EpochRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/** One row per cell: axes, method, result, θ0*, status, LLM usage, timings and provenance. */
public final class CellsTable {

    /** Columns whose values differ between two runs of the same grid; every other column is reproducible. */
    public static final List<String> RUN_DEPENDENT_COLUMNS =
            List.of("started_at", "finished_at", "seconds", "executor");

    private static final DataType VECTOR = DataTypes.createArrayType(DataTypes.DoubleType, false);
    private static final ArrayType MATRIX = DataTypes.createArrayType(VECTOR, false);

    public static final StructType SCHEMA = DataTypes.createStructType(List.of(
            field("cell_id", DataTypes.StringType, false),
            field("dataset", DataTypes.StringType, false),
            field("prior", DataTypes.StringType, false),
            field("qubits", DataTypes.IntegerType, false),
            field("layers", DataTypes.IntegerType, false),
            field("seed", DataTypes.IntegerType, false),
            field("method", DataTypes.StringType, false),
            field("variant", DataTypes.StringType, false),
            field("generator", DataTypes.StringType, true),
            field("prompt_variant", DataTypes.StringType, true),
            field("temperature", DataTypes.DoubleType, true),
            field("top_p", DataTypes.DoubleType, true),
            field("status", DataTypes.StringType, false),
            field("error", DataTypes.StringType, true),
            field("variance", DataTypes.DoubleType, true),
            field("final_s", DataTypes.DoubleType, true),
            field("selected_iteration", DataTypes.IntegerType, true),
            field("fallback", DataTypes.BooleanType, false),
            field("accepted", DataTypes.IntegerType, false),
            field("iterations_run", DataTypes.IntegerType, false),
            field("threshold", DataTypes.DoubleType, true),
            field("theta0_l0", DataTypes.createArrayType(MATRIX, false), true),
            field("theta0_l1", MATRIX, true),
            field("theta0_l2", VECTOR, true),
            field("theta0_hash", DataTypes.StringType, true),
            field("train_loss", DataTypes.DoubleType, true),
            field("train_accuracy", DataTypes.DoubleType, true),
            field("generator_label", DataTypes.StringType, false),
            field("model", DataTypes.StringType, true),
            field("llm_calls", DataTypes.LongType, false),
            field("tokens_in", DataTypes.LongType, false),
            field("tokens_out", DataTypes.LongType, false),
            field("cost_usd", DataTypes.DoubleType, false),
            field("prompt_version", DataTypes.StringType, false),
            field("cell_seed", DataTypes.LongType, false),
            field("split_seed", DataTypes.LongType, false),
            field("started_at", DataTypes.TimestampType, false),
            field("finished_at", DataTypes.TimestampType, false),
            field("seconds", DataTypes.DoubleType, false),
            field("executor", DataTypes.StringType, false),
            field("project_version", DataTypes.StringType, false),
            field("git_commit", DataTypes.StringType, false),
            field("grid_name", DataTypes.StringType, false),
            field("grid_hash", DataTypes.StringType, false)));

    private CellsTable() {}

    public static Row row(CellOutcome o) {
        Cell cell = o.cell();
        Selection s = o.selection();
        EpochRecord last = s == null ? null : lastEpoch(o, s.iteration());
        long calls = 0;
        long tokensIn = 0;
        long tokensOut = 0;
        double cost = 0;
        String model = null;
        for (IterationRecord r : o.iterations()) {
            if (!r.model().isEmpty()) {
                calls += 1 + r.retries();
                model = r.model();
            }
            tokensIn += r.tokensIn();
            tokensOut += r.tokensOut();
            cost += r.costUsd();
        }
        return RowFactory.create(
                cell.id(),
                cell.dataset().externalName(),
                cell.prior().externalName(),
                cell.qubits(),
                cell.layers(),
                cell.seed(),
                cell.method().method().externalName(),
                cell.method().label(),
                cell.method().generator() == null ? null : cell.method().generator().externalName(),
                cell.method().prompt() == null ? null : cell.method().prompt().externalName(),
                cell.sampling() == null ? null : cell.sampling().temperature(),
                cell.sampling() == null ? null : cell.sampling().topP(),
                o.status().externalName(),
                o.error(),
                s == null ? null : s.variance(),
                o.finalS(),
                s == null ? null : s.iteration(),
                s != null && s.fallback(),
                o.acceptedCount(),
                o.iterations().size(),
                o.threshold(),
                s == null ? null : nested(s.l0()),
                s == null ? null : nested(s.l1()),
                s == null ? null : nested(s.l2()),
                s == null ? null : s.theta0Hash(),
                last == null ? null : last.loss(),
                last == null ? null : last.accuracy(),
                o.generatorLabel(),
                model,
                calls,
                tokensIn,
                tokensOut,
                cost,
                o.promptVersion(),
                cell.cellSeed(),
                cell.splitSeed(),
                new Timestamp(o.timing().startedAtMillis()),
                new Timestamp(o.timing().finishedAtMillis()),
                o.timing().seconds(),
                o.timing().executor(),
                o.provenance().projectVersion(),
                o.provenance().gitCommit(),
                o.provenance().gridName(),
                o.provenance().gridHash());
    }

    /** The last epoch of the training that scored θ0*, i.e. where θ0* ends up after training. */
    private static EpochRecord lastEpoch(CellOutcome o, int iteration) {
        for (TrainingRun run : o.trainings()) {
            if (run.iteration() == iteration && !run.epochs().isEmpty()) {
                return run.epochs().get(run.epochs().size() - 1);
            }
        }
        return null;
    }

    /** A (nested) double array as the Scala sequences Spark's row encoder takes for array columns. */
    private static scala.collection.Seq<Object> nested(Object array) {
        List<Object> list = new ArrayList<>();
        if (array instanceof double[] values) {
            Arrays.stream(values).forEach(list::add);
        } else {
            for (Object element : (Object[]) array) {
                list.add(nested(element));
            }
        }
        return CollectionConverters.asScala(list);
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
