package org.adainit.jobs.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.adainit.jobs.outcome.CellStatus;
import org.adainit.jobs.pipeline.TinyGrid;
import org.adainit.jobs.spark.SparkSessions;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Committed outcomes, read back by the driver, or taken as the cell task of the same JVM committed them (local mode),
 * while their files are as committed.
 */
class CommittedOutcomesTest {

    /** A committed outcome small enough to write by hand. */
    public record Probe(int value) {}

    @TempDir
    Path out;

    @Test
    void anOutcomeRememberedAtItsCommitIsTakenInsteadOfItsFileOnce() {
        CellStore store = store();
        String file = store.commit("cell-a", CellStatus.OK, json(1));
        CommittedOutcomes.remember(store, file, new Probe(2));

        assertEquals(List.of(new Probe(2)), CommittedOutcomes.read(store, Probe.class), "the remembered outcome");
        assertEquals(List.of(new Probe(1)), CommittedOutcomes.read(store, Probe.class), "the file, the second time");
    }

    @Test
    void aFileCommittedAgainIsReadFromTheFile() {
        CellStore store = store();
        String file = store.commit("cell-a", CellStatus.OK, json(1));
        CommittedOutcomes.remember(store, file, new Probe(2));
        store.commit("cell-a", CellStatus.OK, json(333));

        assertEquals(List.of(new Probe(333)), CommittedOutcomes.read(store, Probe.class));
    }

    @Test
    void anOutcomeOfAnotherTypeIsReadFromTheFile() {
        CellStore store = store();
        String file = store.commit("cell-a", CellStatus.OK, json(1));
        CommittedOutcomes.remember(store, file, "not a probe");

        assertEquals(List.of(new Probe(1)), CommittedOutcomes.read(store, Probe.class));
    }

    /**
     * The reference run of the tiny grid built its tables in local mode, from the outcomes its tasks remembered; a
     * copy of its cells elsewhere has nothing remembered, so its build decodes every file. Both give the same tables.
     */
    @Test
    void tablesFromRememberedOutcomesEqualTablesFromTheFiles() throws Exception {
        SparkSession spark = TestSpark.session();
        Path reference = TinyGrid.reference();
        Path copy = TinyGrid.cellsOfReference("decoded-outcomes");
        ResultDirectory directory = TinyGrid.directory(spark, copy);
        new AdaInitTables().build(SparkSessions.forSmallTables(spark), directory, new CellStore(directory));

        TinyGrid.assertSameTables(spark, reference, copy);
    }

    private CellStore store() {
        return new CellStore(ResultDirectory.open(out.toString(), new Configuration()));
    }

    private static byte[] json(int value) {
        return ("{\"value\": " + value + "}").getBytes(StandardCharsets.UTF_8);
    }
}
