package org.adainit.jobs.spark;

import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/** A SparkSession started on first use and stopped on close, so a command with nothing to compute starts none. */
public final class LazySparkSession implements Supplier<SparkSession>, AutoCloseable {

    private final String master;
    private final String appName;
    private SparkSession session;

    public LazySparkSession(String master, String appName) {
        this.master = master;
        this.appName = appName;
    }

    @Override
    public synchronized SparkSession get() {
        if (session == null) {
            session = SparkSessions.create(master, appName);
        }
        return session;
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.stop();
            session = null;
        }
    }
}
