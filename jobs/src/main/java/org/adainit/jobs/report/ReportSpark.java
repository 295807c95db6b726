package org.adainit.jobs.report;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session the report reads with: the tables are small aggregates, so a local session without UI is
 * enough, unless {@code spark-submit} already chose a master.
 */
public final class ReportSpark {

    private ReportSpark() {}

    public static SparkSession session() {
        SparkConf conf = new SparkConf();
        conf.setIfMissing("spark.master", "local[2]");
        conf.setIfMissing("spark.app.name", "adainit report");
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        // The cells table is wider than Spark's default of 25 fields in plan strings, which it warns about otherwise.
        conf.setIfMissing("spark.sql.debug.maxToStringFields", "100");
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
