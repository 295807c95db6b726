package org.adainit.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.adainit.jobs.spark.SparkSessions;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.tables.AdaInitTables;
import org.adainit.jobs.tables.ResultTable;
import org.adainit.jobs.tables.TableSet;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * While the cells run, the table build's code is readied on a thread of its own ({@link Aggregation#prepare}). It must
 * not take a task slot from the cells (an earlier warm-up that ran a Spark job queued behind the cells' job and gained
 * nothing), must be over before the build starts, and its failure must cost nothing but its time.
 */
class TablePreparationTest {

    private static final String MARKER = "adainit-test-marker";

    @Test
    void preparingTheAdaInitTablesRunsNoSparkJob() throws Exception {
        SparkSession spark = TestSpark.session();
        List<String> jobs = new CopyOnWriteArrayList<>();
        SparkListener listener = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart start) {
                jobs.add(String.valueOf(start.properties().getProperty("spark.job.description")));
            }
        };
        spark.sparkContext().addSparkListener(listener);
        try {
            new AdaInitTables().prepare(SparkSessions.forSmallTables(spark));
            // Listener events arrive in order: once the marker's job is seen, any job the preparation ran was too.
            JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
            context.setJobDescription(MARKER);
            context.parallelize(List.of(1), 1).count();
            context.setJobDescription(null);
            long deadline = System.currentTimeMillis() + 30_000;
            while (!jobs.contains(MARKER) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(List.of(MARKER), jobs, "jobs started");
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
    }

    @Test
    void closingThePreparationWaitsForIt() {
        AtomicBoolean finished = new AtomicBoolean();
        AtomicReference<Thread> thread = new AtomicReference<>();
        TableSet slow = new PreparingTables(() -> {
            thread.set(Thread.currentThread());
            sleep(300);
            finished.set(true);
        });
        try (Aggregation.Preparation preparing = aggregation(slow).prepare(TestSpark.session())) {
            assertFalse(finished.get(), "the preparation runs beside its caller");
        }
        assertTrue(finished.get(), "closed before the preparation ended");
        assertFalse(thread.get().isAlive(), thread.get().getName());
    }

    @Test
    void aFailedPreparationLeavesTheBuildToReportWhatIsWrong() throws Exception {
        SparkSession spark = TestSpark.session();
        Path out = TinyGrid.cellsOfReference("failed-preparation");
        ResultDirectory directory = TinyGrid.directory(spark, out);
        CellStore store = new CellStore(directory);
        for (ResultTable table : ResultTable.values()) {
            assertFalse(Files.exists(out.resolve(table.tableName())), table.tableName());
        }
        AdaInitTables real = new AdaInitTables();
        TableSet failing = new PreparingTables(() -> {
            throw new IllegalStateException("no preparation today");
        }) {
            @Override
            public Built build(SparkSession session, ResultDirectory where, CellStore cells) {
                return real.build(session, where, cells);
            }
        };
        Aggregation aggregation = new Aggregation(directory, new PrintWriter(new StringWriter()), failing);
        try (Aggregation.Preparation preparing = aggregation.prepare(spark)) {
            // the cells would run here
        }
        aggregation.build(spark, store, store.reconcile());
        TinyGrid.assertSameTables(spark, TinyGrid.reference(), out);
    }

    private static Aggregation aggregation(TableSet tables) {
        return new Aggregation(null, new PrintWriter(new StringWriter()), tables);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Tables whose preparation is {@code preparation}; building them is not part of these tests unless overridden. */
    private static class PreparingTables implements TableSet {

        private final Runnable preparation;

        PreparingTables(Runnable preparation) {
            this.preparation = preparation;
        }

        @Override
        public void prepare(SparkSession spark) {
            preparation.run();
        }

        @Override
        public Built build(SparkSession spark, ResultDirectory directory, CellStore store) {
            throw new UnsupportedOperationException("not built in this test");
        }
    }
}
