package org.adainit.jobs.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The defaults a command's session gets, on configurations that load nothing from system properties, and the session
 * the table builds use.
 */
class SparkSessionsTest {

    @Test
    void aLocalQuerySessionHasNoWebUiAndAShufflePartitionPerCore() {
        SparkConf conf = SparkSessions.configure(new SparkConf(false), "local[2]", "q", SparkSessions.Use.QUERY);
        assertEquals("false", conf.get("spark.ui.enabled"));
        assertEquals(Integer.toString(Runtime.getRuntime().availableProcessors()),
                conf.get("spark.sql.shuffle.partitions"));
        assertEquals("local[2]", conf.get("spark.master"));
        assertEquals("org.adainit.jobs.store.NioLocalFileSystem", conf.get("spark.hadoop.fs.file.impl"));
    }

    @Test
    void aRunKeepsTheWebUiAndAClusterKeepsSparksShufflePartitions() {
        SparkConf conf = SparkSessions.configure(new SparkConf(false), "spark://host:7077", "r",
                SparkSessions.Use.RUN);
        assertFalse(conf.contains("spark.ui.enabled"));
        assertFalse(conf.contains("spark.sql.shuffle.partitions"));
        assertFalse(conf.contains("spark.hadoop.fs.file.impl"), "executors load the application jar apart");
    }

    @Test
    void settingsGivenByTheUserWin() {
        SparkConf given = new SparkConf(false).setMaster("local[*]")
                .set("spark.ui.enabled", "true").set("spark.sql.shuffle.partitions", "7");
        SparkConf conf = SparkSessions.configure(given, null, "q", SparkSessions.Use.QUERY);
        assertEquals("true", conf.get("spark.ui.enabled"));
        assertEquals("7", conf.get("spark.sql.shuffle.partitions"));
        assertEquals("local[*]", conf.get("spark.master"));
    }

    @Test
    void theTableBuildsSessionInterpretsItsPlansAndLeavesTheCommandsSessionAlone() {
        SparkSession spark = TestSpark.session();
        SparkSession tables = SparkSessions.forSmallTables(spark);

        assertSame(spark.sparkContext(), tables.sparkContext());
        assertEquals("false", tables.conf().get("spark.sql.codegen.wholeStage"));
        assertEquals("NO_CODEGEN", tables.conf().get("spark.sql.codegen.factoryMode"));
        String interpreted = tables.range(10).selectExpr("id * 2 AS twice").queryExecution().executedPlan().toString();
        String compiled = spark.range(10).selectExpr("id * 2 AS twice").queryExecution().executedPlan().toString();
        assertFalse(interpreted.contains("*("), interpreted);
        assertTrue(compiled.contains("*("), "the command's session still compiles whole stages: " + compiled);
        assertEquals(2 * 45L, tables.range(10).selectExpr("sum(id * 2)").first().getLong(0), "0 + 2 + ... + 18");
    }

    @Test
    void aCodeGenerationSettingGivenByTheUserIsKeptForTheTables() {
        SparkConf given = new SparkConf(false).set("spark.sql.codegen.wholeStage", "true");

        assertEquals(Map.of("spark.sql.codegen.factoryMode", "NO_CODEGEN"), SparkSessions.smallTableSettings(given));
        assertEquals(Map.of("spark.sql.codegen.factoryMode", "NO_CODEGEN", "spark.sql.codegen.wholeStage", "false"),
                SparkSessions.smallTableSettings(new SparkConf(false)));
    }

    @Test
    void resultTablesUpToTheLimitAreQueriedInterpretedAndLargerOnesInTheCommandsSession() {
        SparkSession spark = TestSpark.session();

        SparkSession small = SparkSessions.forTables(spark, SparkSessions.SMALL_TABLE_BYTES);
        SparkSession large = SparkSessions.forTables(spark, SparkSessions.SMALL_TABLE_BYTES + 1);

        assertEquals("NO_CODEGEN", small.conf().get("spark.sql.codegen.factoryMode"));
        assertEquals("false", small.conf().get("spark.sql.codegen.wholeStage"));
        assertSame(spark, large);
    }
}
