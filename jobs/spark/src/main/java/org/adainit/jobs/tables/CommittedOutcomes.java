package org.adainit.jobs.tables;

import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.outcome.CorruptOutcomeException;
import org.adainit.jobs.outcome.OutcomeJson;
import org.adainit.jobs.store.CellStore;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The committed outcomes of a result directory, read once on the executors and kept in memory for the build. A file
 * that cannot be read fails the build with a message naming it, without failing a Spark task: a failed task makes
 * Spark log its stack trace, hundreds of lines around the one that matters.
 */
public final class CommittedOutcomes<T> implements AutoCloseable {

    /** Corrupt files named in the message at most; the rest are counted. */
    private static final int NAMED = 3;
    /** Enough slices to balance uneven file sizes, few enough that each task reads many files. */
    private static final int SLICES_PER_CORE = 4;

    private final JavaRDD<Readback<T>> readbacks;

    private CommittedOutcomes(JavaRDD<Readback<T>> readbacks) {
        this.readbacks = readbacks;
    }

    /** @throws InputException naming the first corrupt committed files, when there are any */
    public static <T> CommittedOutcomes<T> read(SparkSession spark, CellStore store, Class<T> type) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> files = store.fileNames();
        JavaRDD<Readback<T>> readbacks = jsc.parallelize(files, Math.max(1, Math.min(files.size(),
                        jsc.defaultParallelism() * SLICES_PER_CORE)))
                .map(file -> Readback.of(store, file, type))
                .persist(StorageLevel.MEMORY_ONLY());
        JavaRDD<String> problems = readbacks.filter(r -> r.problem() != null).map(Readback::problem);
        List<String> named = problems.take(NAMED);
        if (!named.isEmpty()) {
            long count = problems.count();
            readbacks.unpersist(false);
            throw new InputException(String.join("; ", named)
                    + (count > named.size() ? " (and " + (count - named.size()) + " more corrupt cells)" : ""));
        }
        return new CommittedOutcomes<>(readbacks);
    }

    public JavaRDD<T> rdd() {
        return readbacks.map(Readback::outcome);
    }

    @Override
    public void close() {
        readbacks.unpersist(false);
    }

    /** An outcome, or why its file could not be read. */
    record Readback<T>(T outcome, String problem) implements Serializable {

        static <T> Readback<T> of(CellStore store, String file, Class<T> type) {
            try {
                return new Readback<>(OutcomeJson.read(store.location(file), store.readText(file), type), null);
            } catch (CorruptOutcomeException e) {
                return new Readback<>(null, e.getMessage());
            } catch (UncheckedIOException e) {
                String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
                return new Readback<>(null, store.location(file) + ": cannot be read (" + cause.lines().findFirst()
                        .orElse("") + "); delete the file and run again to recompute that cell");
            }
        }
    }
}
