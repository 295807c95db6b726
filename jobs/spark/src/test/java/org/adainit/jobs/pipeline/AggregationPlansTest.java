package org.adainit.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.adainit.jobs.spark.SqlPlans;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.tables.AdaInitTables;
import org.adainit.jobs.tables.ResultTable;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The table build writes and queries its small tables without generating code (SparkSessions.forSmallTables): on a
 * few thousand rows, compiling whole stages cost more than running them (BENCHMARKS.md, fourth pass). The plans are
 * read as Spark's SQL listener events report them ({@link SqlPlans}).
 */
class AggregationPlansTest {

    @Test
    void theTablesAreWrittenAndReportedWithoutWholeStageCodeGeneration() throws Throwable {
        SparkSession spark = TestSpark.session();
        Path out = TinyGrid.copyOfReference("aggregation-plans");
        ResultDirectory directory = TinyGrid.directory(spark, out);
        CellStore store = new CellStore(directory);
        List<String> plans = SqlPlans.during(spark,
                () -> new Aggregation(directory, new PrintWriter(new StringWriter()), new AdaInitTables())
                        .build(spark, store, store.reconcile()),
                recorded -> writes(recorded).size() >= ResultTable.values().length);

        assertEquals(ResultTable.values().length, writes(plans).size(), "one write per table: " + plans);
        for (String plan : plans) {
            assertFalse(SqlPlans.wholeStageCompiled(plan), plan);
        }
        // The command's own session still compiles: the same kind of query there shows the marker.
        String compiled = spark.range(10).selectExpr("id * 2 AS twice").where("twice > 4").queryExecution()
                .executedPlan().toString();
        assertTrue(SqlPlans.wholeStageCompiled(compiled), compiled);
    }

    private static List<String> writes(List<String> plans) {
        return plans.stream().filter(plan -> plan.contains("InsertIntoHadoopFsRelationCommand")).toList();
    }
}
