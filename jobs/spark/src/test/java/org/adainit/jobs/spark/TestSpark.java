package org.adainit.jobs.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * One SparkSession shared by every Spark test of the fork (starting one costs seconds on 2 cores), created through
 * the product's own {@link SparkSessions} with test settings: loopback only, no UI, a local scratch folder under
 * {@code target/}. Asking for another master stops the current session and starts one for it; a command that stopped
 * the session (the CLI stops its session when done) gets a fresh one on the next call.
 */
public final class TestSpark {

    public static final String DEFAULT_MASTER = "local[2]";

    private static SparkSession session;
    private static String master;

    static {
        System.setProperty("spark.ui.enabled", "false");
        System.setProperty("spark.driver.host", "127.0.0.1");
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
        System.setProperty("spark.local.dir", Path.of("target", "spark-local").toAbsolutePath().toString());
        System.setProperty("spark.sql.shuffle.partitions", "2");
    }

    private TestSpark() {}

    public static synchronized SparkSession session() {
        return session(DEFAULT_MASTER);
    }

    public static synchronized SparkSession session(String wanted) {
        if (session != null && wanted.equals(master) && !session.sparkContext().isStopped()) {
            return session;
        }
        stop();
        session = SparkSessions.create(wanted, "adainit tests", SparkSessions.Use.QUERY);
        master = wanted;
        return session;
    }

    public static synchronized void stop() {
        if (session != null) {
            session.stop();
            session = null;
            master = null;
        }
    }
}
