package org.adainit.jobs.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.grid.GridReader;
import org.adainit.jobs.outcome.CellOutcome;
import org.adainit.jobs.outcome.CellStatus;
import org.adainit.jobs.outcome.FinalScores;
import org.adainit.jobs.outcome.Provenance;
import org.adainit.jobs.outcome.SelectedTheta;
import org.adainit.jobs.outcome.Timing;
import org.adainit.jobs.outcome.TrainingRun;
import org.adainit.jobs.search.IterationRecord;
import org.adainit.jobs.search.ModelUsage;
import org.adainit.jobs.search.ParseStatus;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.simulator.qnn.SplitScore;
import org.adainit.simulator.training.EpochRecord;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The cells, iterations and epochs rows through a real Spark DataFrame, read back by column name: a value written
 * under the wrong name, or a usage total summed wrongly, shows as a wrong value here.
 */
class CellsTableTest {

    private static Cell cell() {
        return GridReader.parse("g.yaml", """
                name: g
                seed: 1
                axes: {datasets: [wine], priors: [beta], structures: [{qubits: 3, layers: 4}], seeds: [5],
                       methods: [{method: adainit, generator: llm, prompt: no-feedback, temperature: 0.3, top_p: 0.5}]}
                llm: {endpoint: "http://127.0.0.1:9/v1"}
                """).cells().get(0);
    }

    private static IterationRecord iteration(int t, int retries, long tokensIn, long tokensOut, double cost) {
        return new IterationRecord(t, "hash" + t, 0.01 * t, 0.001, 1e-4, 0, 0.01, t == 2, "llm", ParseStatus.PER_TENSOR,
                retries, tokensIn, tokensOut, cost, 40 + t, "model-" + t, "id-" + t, "v1", 100 + t);
    }

    /** A search of two iterations that selected θ0 of iteration 2, trained two epochs each time. */
    private static CellOutcome searched() {
        return searched(ModelUsage.NONE);
    }

    private static CellOutcome searched(ModelUsage failedIteration) {
        SelectedTheta selection = new SelectedTheta(2, true, 0.02, "hash2", new double[][][] {{{0.1, 0.2, 0.3}}},
                new double[][] {{1, 2}, {3, 4}}, new double[] {5, 6});
        List<TrainingRun> trainings = List.of(
                new TrainingRun(1, List.of(new EpochRecord(1, 0.9, 0.40, 1e-3, 0.5),
                        new EpochRecord(2, 0.8, 0.45, 2e-3, 0.4)), new FinalScores(new SplitScore(0.85, 0.5),
                        new SplitScore(0.86, 0.45), new SplitScore(0.87, 0.4))),
                new TrainingRun(2, List.of(new EpochRecord(1, 0.7, 0.50, 3e-3, 0.3),
                        new EpochRecord(2, 0.6, 0.55, 4e-3, 0.2)), new FinalScores(new SplitScore(0.55, 0.6),
                        new SplitScore(0.65, 0.7), new SplitScore(0.75, 0.8))));
        return new CellOutcome(cell(), CellStatus.OK, null, selection, 0.02, 1e-4, 1, "llm:model", "v1",
                List.of(iteration(1, 2, 10, 5, 0.25), iteration(2, 0, 20, 7, 0.5)), trainings,
                new Timing(1_000, 2_500, "host-a"), new Provenance("0.1", "abc", "g", "grid-hash"), failedIteration);
    }

    private static Row cellsRow(CellOutcome outcome) {
        return TestSpark.session().createDataFrame(List.of(CellsTable.row(outcome)), CellsTable.SCHEMA)
                .collectAsList().get(0);
    }

    @Test
    void everyCellValueLandsUnderItsOwnColumnName() {
        Row row = cellsRow(searched());
        assertEquals("wine", row.getAs("dataset"));
        assertEquals("beta", row.getAs("prior"));
        assertEquals(3, (int) row.getAs("qubits"));
        assertEquals(4, (int) row.getAs("layers"));
        assertEquals(5, (int) row.getAs("seed"));
        assertEquals("adainit", row.getAs("method"));
        assertEquals("llm", row.getAs("generator"));
        assertEquals("no-feedback", row.getAs("prompt_variant"));
        assertEquals(0.3, (double) row.getAs("temperature"));
        assertEquals(0.5, (double) row.getAs("top_p"));
        assertEquals("ok", row.getAs("status"));
        assertEquals(2, (int) row.getAs("selected_iteration"));
        assertTrue((boolean) row.getAs("fallback"));
        assertEquals(1, (int) row.getAs("accepted"));
        assertEquals(2, (int) row.getAs("iterations_run"));
        assertEquals(List.of(List.of(1.0, 2.0), List.of(3.0, 4.0)), row.getList(row.fieldIndex("theta0_l1")).stream()
                .map(r -> scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) r)).toList());
        assertEquals("hash2", row.getAs("theta0_hash"));
        assertEquals(1.5, (double) row.getAs("seconds"));
        assertEquals("host-a", row.getAs("executor"));
        assertEquals("grid-hash", row.getAs("grid_hash"));
        assertEquals(cell().cellSeed(), (long) row.getAs("cell_seed"));
        assertEquals(cell().splitSeed(), (long) row.getAs("split_seed"));
    }

    @Test
    void theTrainingColumnsComeFromTheLastEpochOfTheSelectedIterationsTraining() {
        Row row = cellsRow(searched());
        assertEquals(0.6, (double) row.getAs("train_loss"), "iteration 2, epoch 2; not iteration 1's 0.8");
        assertEquals(0.55, (double) row.getAs("train_accuracy"));
        assertEquals(0.55, (double) row.getAs("final_train_loss"), "iteration 2's final scores, not iteration 1's");
        assertEquals(0.6, (double) row.getAs("final_train_accuracy"));
        assertEquals(0.65, (double) row.getAs("validation_loss"));
        assertEquals(0.7, (double) row.getAs("validation_accuracy"));
        assertEquals(0.75, (double) row.getAs("test_loss"));
        assertEquals(0.8, (double) row.getAs("test_accuracy"));
    }

    @Test
    void usageSumsTheIterationsAndCountsEveryRetryAsACall() {
        Row row = cellsRow(searched());
        assertEquals(4L, (long) row.getAs("llm_calls"), "(1 + 2 retries) + (1 + 0 retries)");
        assertEquals(30L, (long) row.getAs("tokens_in"));
        assertEquals(12L, (long) row.getAs("tokens_out"));
        assertEquals(0.75, (double) row.getAs("cost_usd"));
        assertEquals("model-2", row.getAs("model"), "the last model that answered");
    }

    @Test
    void usageAddsTheRequestsOfTheIterationThatFailed() {
        Row row = cellsRow(searched(new ModelUsage(3, 100, 1, 0.125)));
        assertEquals(4L + 3, (long) row.getAs("llm_calls"), "the failed iteration has no iterations row");
        assertEquals(30L + 100, (long) row.getAs("tokens_in"));
        assertEquals(12L + 1, (long) row.getAs("tokens_out"));
        assertEquals(0.75 + 0.125, (double) row.getAs("cost_usd"));
    }

    @Test
    void aCellThatFailedBeforeStartingHasNullResultsAndNoUsage() {
        Row row = cellsRow(CellOutcome.failedBeforeStart(cell(), "no data", new Timing(0, 10, "h"),
                new Provenance("0.1", "abc", "g", "grid-hash")));
        assertEquals("failed", row.getAs("status"));
        assertEquals("no data", row.getAs("error"));
        for (String column : List.of("variance", "selected_iteration", "theta0_l0", "theta0_hash", "train_loss",
                "final_s", "threshold", "model", "test_accuracy", "validation_loss")) {
            assertTrue(row.isNullAt(row.fieldIndex(column)), column);
        }
        assertFalse((boolean) row.getAs("fallback"));
        assertEquals(0L, (long) row.getAs("llm_calls"));
    }

    @Test
    void iterationAndEpochRowsCarryTheirCellsKeyAndTheirOwnValues() {
        CellOutcome outcome = searched();
        List<Row> iterations = TestSpark.session()
                .createDataFrame(IterationsTable.rows(outcome), IterationsTable.SCHEMA).collectAsList();
        assertEquals(2, iterations.size());
        Row second = iterations.get(1);
        assertEquals(outcome.cell().id(), second.getAs("cell_id"));
        assertEquals(cell().method().label(), second.getAs("variant"));
        assertEquals(2, (int) second.getAs("iteration"));
        assertEquals("per-tensor", second.getAs("parse_status"));
        assertEquals(42L, (long) second.getAs("latency_ms"));
        assertEquals(102L, (long) second.getAs("training_seed"));
        assertEquals(0.8, (double) second.getAs("test_accuracy"));
        assertEquals(0.4, (double) iterations.get(0).getAs("test_accuracy"), "each iteration its own training's");
        assertEquals(0.86, (double) iterations.get(0).getAs("validation_loss"));

        List<Row> epochs = TestSpark.session()
                .createDataFrame(EpochsTable.rows(outcome), EpochsTable.SCHEMA).collectAsList();
        assertEquals(4, epochs.size(), "two trainings of two epochs");
        Row last = epochs.get(3);
        assertEquals(4, (int) last.getAs("layers"));
        assertEquals(2, (int) last.getAs("iteration"));
        assertEquals(2, (int) last.getAs("epoch"));
        assertEquals(0.6, (double) last.getAs("loss"));
        assertEquals(4e-3, (double) last.getAs("tracked_gradient"));
        assertEquals(0.2, (double) last.getAs("gradient_norm"));
    }
}
