package org.adainit.jobs.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** The defaults a command's session gets, on configurations that load nothing from system properties. */
class SparkSessionsTest {

    @Test
    void aLocalQuerySessionHasNoWebUiAndAShufflePartitionPerCore() {
        SparkConf conf = SparkSessions.configure(new SparkConf(false), "local[2]", "q", SparkSessions.Use.QUERY);
        assertEquals("false", conf.get("spark.ui.enabled"));
        assertEquals(Integer.toString(Runtime.getRuntime().availableProcessors()),
                conf.get("spark.sql.shuffle.partitions"));
        assertEquals("local[2]", conf.get("spark.master"));
    }

    @Test
    void aRunKeepsTheWebUiAndAClusterKeepsSparksShufflePartitions() {
        SparkConf conf = SparkSessions.configure(new SparkConf(false), "spark://host:7077", "r",
                SparkSessions.Use.RUN);
        assertFalse(conf.contains("spark.ui.enabled"));
        assertFalse(conf.contains("spark.sql.shuffle.partitions"));
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
}
