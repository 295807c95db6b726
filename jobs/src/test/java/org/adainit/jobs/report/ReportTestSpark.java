package org.adainit.jobs.report;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** One local SparkSession for the report tests of the fork: loopback only, no UI, scratch space under target/. */
public final class ReportTestSpark {

    static {
        System.setProperty("spark.driver.host", "127.0.0.1");
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
        System.setProperty("spark.local.dir", Path.of("target", "spark-local").toAbsolutePath().toString());
        System.setProperty("spark.sql.shuffle.partitions", "2");
    }

    private ReportTestSpark() {}

    public static SparkSession session() {
        return ReportSpark.session();
    }
}
