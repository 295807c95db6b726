package org.adainit.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.tables.AdaInitTables;
import org.adainit.jobs.tables.ResultTable;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart;
import org.junit.jupiter.api.Test;

/**
 * The table build writes and queries its small tables without generating code (SparkSessions.forSmallTables): on a
 * few thousand rows, compiling whole stages cost more than running them (BENCHMARKS.md, fourth pass). The plans are
 * read as Spark's SQL listener events report them.
 */
class AggregationPlansTest {

    /** A line of Spark's formatted plan whose operator is in a compiled whole stage. */
    private static final Pattern COMPILED_LINE = Pattern.compile("(?m)^[\\s+|-]*\\* \\S");

    @Test
    void theTablesAreWrittenAndReportedWithoutWholeStageCodeGeneration() throws Exception {
        SparkSession spark = TestSpark.session();
        Path out = TinyGrid.copyOfReference("aggregation-plans");
        ResultDirectory directory = TinyGrid.directory(spark, out);
        CellStore store = new CellStore(directory);
        List<String> plans = new CopyOnWriteArrayList<>();
        SparkListener listener = new SparkListener() {
            @Override
            public void onOtherEvent(SparkListenerEvent event) {
                if (event instanceof SparkListenerSQLExecutionStart start) {
                    plans.add(start.physicalPlanDescription());
                }
            }
        };
        spark.sparkContext().addSparkListener(listener);
        try {
            new Aggregation(directory, new PrintWriter(new StringWriter()), new AdaInitTables())
                    .build(spark, store, store.reconcile());
            long deadline = System.currentTimeMillis() + 30_000;
            while (writes(plans).size() < ResultTable.values().length && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }

        assertEquals(ResultTable.values().length, writes(plans).size(), "one write per table: " + plans);
        for (String plan : plans) {
            assertFalse(wholeStageCompiled(plan), plan);
        }
        // The command's own session still compiles: the same kind of query there shows the marker.
        String compiled = spark.range(10).selectExpr("id * 2 AS twice").where("twice > 4").queryExecution()
                .executedPlan().toString();
        assertTrue(wholeStageCompiled(compiled), compiled);
    }

    /** Whether an operator of the plan runs in a compiled whole stage: {@code *(1) Sort}, or {@code +- * Sort (3)}. */
    private static boolean wholeStageCompiled(String plan) {
        return plan.contains("*(") || COMPILED_LINE.matcher(plan).find();
    }

    private static List<String> writes(List<String> plans) {
        return plans.stream().filter(plan -> plan.contains("InsertIntoHadoopFsRelationCommand")).toList();
    }
}
