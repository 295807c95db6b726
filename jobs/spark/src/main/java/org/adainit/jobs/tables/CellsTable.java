package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.outcome.CellOutcome;
import org.adainit.jobs.outcome.FinalScores;
import org.adainit.jobs.outcome.SelectedTheta;
import org.adainit.jobs.outcome.TrainingRun;
import org.adainit.jobs.search.IterationRecord;
import org.adainit.jobs.search.ModelUsage;
import org.adainit.simulator.training.EpochRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/** One row per cell: axes, method, result, θ0*, status, LLM usage, timings and provenance. */
public final class CellsTable {

    /** Columns whose values differ between two runs of the same grid; every other column is reproducible. */
    public static final List<String> RUN_DEPENDENT_COLUMNS =
            List.of("started_at", "finished_at", "seconds", "executor");

    private static final DataType VECTOR = DataTypes.createArrayType(DataTypes.DoubleType, false);
    private static final ArrayType MATRIX = DataTypes.createArrayType(VECTOR, false);

    /**
     * A cell's outcome with what several columns derive from it, worked out once per row.
     *
     * @param selection null when no training completed
     * @param lastEpoch where θ0* ends up after training; null when it has no epoch
     * @param scores θ0*'s trained parameters on every split; null without them
     * @param usage every model request of the cell, those of a failed iteration included
     * @param model the model that answered the last request; null when none did
     */
    private record Source(CellOutcome outcome, SelectedTheta selection, EpochRecord lastEpoch, FinalScores scores,
            ModelUsage usage, String model) {

        static Source of(CellOutcome outcome) {
            SelectedTheta selection = outcome.selection();
            TrainingRun training = selection == null ? null : training(outcome, selection.iteration());
            EpochRecord last = training == null || training.epochs().isEmpty() ? null
                    : training.epochs().get(training.epochs().size() - 1);
            String model = null;
            for (IterationRecord r : outcome.iterations()) {
                model = r.model().isEmpty() ? model : r.model();
            }
            return new Source(outcome, selection, last, training == null ? null : training.scores(),
                    outcome.modelUsage(), model);
        }

        Cell cell() {
            return outcome.cell();
        }
    }

    private static final TableColumns<Source> COLUMNS = new TableColumns<Source>()
            .required("cell_id", DataTypes.StringType, s -> s.cell().id())
            .required("dataset", DataTypes.StringType, s -> s.cell().dataset().externalName())
            .required("prior", DataTypes.StringType, s -> s.cell().prior().externalName())
            .required("qubits", DataTypes.IntegerType, s -> s.cell().qubits())
            .required("layers", DataTypes.IntegerType, s -> s.cell().layers())
            .required("seed", DataTypes.IntegerType, s -> s.cell().seed())
            .required("method", DataTypes.StringType, s -> s.cell().method().method().externalName())
            .required("variant", DataTypes.StringType, s -> s.cell().method().label())
            .nullable("generator", DataTypes.StringType, s -> s.cell().method().generator() == null
                    ? null : s.cell().method().generator().recordedAs().externalName())
            .nullable("prompt_variant", DataTypes.StringType, s -> s.cell().method().prompt() == null
                    ? null : s.cell().method().prompt().externalName())
            .nullable("temperature", DataTypes.DoubleType,
                    s -> s.cell().sampling() == null ? null : s.cell().sampling().temperature())
            .nullable("top_p", DataTypes.DoubleType,
                    s -> s.cell().sampling() == null ? null : s.cell().sampling().topP())
            .required("head_init", DataTypes.StringType, s -> s.cell().head().externalName())
            .required("scoring_head", DataTypes.StringType, s -> s.cell().scoringHead().externalName())
            .nullable("proposal_support", DataTypes.StringType, s -> s.cell().method().support() == null
                    ? null : s.cell().method().support().externalName())
            .required("status", DataTypes.StringType, s -> s.outcome().status().externalName())
            .nullable("error", DataTypes.StringType, s -> s.outcome().error())
            .nullable("variance", DataTypes.DoubleType, selected(SelectedTheta::variance))
            .nullable("final_s", DataTypes.DoubleType, s -> s.outcome().finalS())
            .nullable("selected_iteration", DataTypes.IntegerType, selected(SelectedTheta::iteration))
            .required("fallback", DataTypes.BooleanType, s -> s.selection() != null && s.selection().fallback())
            .required("accepted", DataTypes.IntegerType, s -> s.outcome().acceptedCount())
            .required("iterations_run", DataTypes.IntegerType, s -> s.outcome().iterations().size())
            .nullable("threshold", DataTypes.DoubleType, s -> s.outcome().threshold())
            .nullable("circuit_z0_variance", DataTypes.DoubleType, s -> s.outcome().circuitZ0Variance())
            .nullable("theta0_l0", DataTypes.createArrayType(MATRIX, false), selected(sel -> nested(sel.l0())))
            .nullable("theta0_l1", MATRIX, selected(sel -> nested(sel.l1())))
            .nullable("theta0_l2", VECTOR, selected(sel -> nested(sel.l2())))
            .nullable("theta0_hash", DataTypes.StringType, selected(SelectedTheta::theta0Hash))
            .nullable("train_loss", DataTypes.DoubleType, s -> s.lastEpoch() == null ? null : s.lastEpoch().loss())
            .nullable("train_accuracy", DataTypes.DoubleType,
                    s -> s.lastEpoch() == null ? null : s.lastEpoch().accuracy())
            .required("generator_label", DataTypes.StringType, s -> s.outcome().generatorLabel())
            .nullable("model", DataTypes.StringType, Source::model)
            .required("llm_calls", DataTypes.LongType, s -> s.usage().requests())
            .required("tokens_in", DataTypes.LongType, s -> s.usage().tokensIn())
            .required("tokens_out", DataTypes.LongType, s -> s.usage().tokensOut())
            .required("cost_usd", DataTypes.DoubleType, s -> s.usage().costUsd())
            .required("prompt_version", DataTypes.StringType, s -> s.outcome().promptVersion())
            .required("cell_seed", DataTypes.LongType, s -> s.cell().cellSeed())
            .required("split_seed", DataTypes.LongType, s -> s.cell().splitSeed())
            .addAll(RunColumns.TIMING, s -> s.outcome().timing())
            .addAll(RunColumns.PROVENANCE, s -> s.outcome().provenance())
            .addAll(ScoreColumns.COLUMNS, Source::scores);

    public static final StructType SCHEMA = COLUMNS.schema();

    private CellsTable() {}

    public static Row row(CellOutcome outcome) {
        return COLUMNS.row(Source.of(outcome));
    }

    /** A column of θ0*, null for a cell that has none. */
    private static Function<Source, Object> selected(Function<SelectedTheta, Object> value) {
        return s -> s.selection() == null ? null : value.apply(s.selection());
    }

    /** The training that scored θ0*: where θ0* ends up after training. */
    private static TrainingRun training(CellOutcome o, int iteration) {
        for (TrainingRun run : o.trainings()) {
            if (run.iteration() == iteration) {
                return run;
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
}
