package org.adainit.jobs.spark;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * A SparkSession started on first use (or early, on a thread of its own) and stopped on close, so a command with
 * nothing to compute starts none. A session that already existed in the JVM (the command runs inside a larger
 * application or a test) is used and left running.
 */
public final class LazySparkSession implements Supplier<SparkSession>, AutoCloseable {

    /** A session and whether this object started it (and so stops it). */
    private record Started(SparkSession session, boolean ours) {}

    private final String master;
    private final String appName;
    private final SparkSessions.Use use;
    private CompletableFuture<Started> starting;

    public LazySparkSession(String master, String appName, SparkSessions.Use use) {
        this.master = master;
        this.appName = appName;
        this.use = use;
    }

    /**
     * Starts the session now on another thread, for a command that will most likely need it after single-threaded
     * work of its own (reading the grid, checking the datasets and the committed cells): Spark's start, about a
     * second of mostly one core, then overlaps that work. {@link #get()} waits for it; a failure to start is thrown
     * there.
     */
    public synchronized void startEarly() {
        if (starting == null) {
            starting = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    starting.complete(start());
                } catch (Throwable e) {
                    starting.completeExceptionally(e);
                }
            }, "adainit-spark-start");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public synchronized SparkSession get() {
        if (starting == null) {
            starting = CompletableFuture.completedFuture(start());
        }
        try {
            return starting.join().session();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            // Spark throws its checked SparkException undeclared; started here, it arrives wrapped.
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public synchronized void close() {
        if (starting != null) {
            try {
                Started started = starting.join();
                if (started.ours()) {
                    started.session().stop();
                }
            } catch (CompletionException notStarted) {
                // Nothing to stop; get() has told, or the command did not need the session.
            }
        }
        starting = null;
    }

    private Started start() {
        boolean ours = SparkSession.getDefaultSession().isEmpty();
        return new Started(SparkSessions.create(master, appName, use), ours);
    }
}
