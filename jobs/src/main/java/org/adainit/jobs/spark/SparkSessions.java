package org.adainit.jobs.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The SparkSession of a command. Under {@code spark-submit} the master and every setting come from it; from the
 * launcher (a plain JVM) the master is {@code --master} or {@code local[*]}, so local mode needs no Spark installation.
 */
public final class SparkSessions {

    public static final String DEFAULT_MASTER = "local[*]";

    private SparkSessions() {}

    /**
     * @param master {@code --master}; null keeps spark-submit's master, or {@link #DEFAULT_MASTER} without one
     */
    public static SparkSession create(String master, String appName) {
        SparkConf conf = new SparkConf();
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(DEFAULT_MASTER);
        }
        conf.setIfMissing("spark.app.name", appName);
        // Our own progress lines replace Spark's console progress bar, which would overwrite them.
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
