package org.adainit.jobs.spark;

import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * A SparkSession started on first use and stopped on close, so a command with nothing to compute starts none. A
 * session that already existed in the JVM (the command runs inside a larger application or a test) is used and left
 * running.
 */
public final class LazySparkSession implements Supplier<SparkSession>, AutoCloseable {

    private final String master;
    private final String appName;
    private final SparkSessions.Use use;
    private SparkSession session;
    private boolean started;

    public LazySparkSession(String master, String appName, SparkSessions.Use use) {
        this.master = master;
        this.appName = appName;
        this.use = use;
    }

    @Override
    public synchronized SparkSession get() {
        if (session == null) {
            started = SparkSession.getDefaultSession().isEmpty();
            session = SparkSessions.create(master, appName, use);
        }
        return session;
    }

    @Override
    public synchronized void close() {
        if (session != null && started) {
            session.stop();
        }
        session = null;
    }
}
