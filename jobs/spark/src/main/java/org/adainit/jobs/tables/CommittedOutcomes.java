package org.adainit.jobs.tables;

import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.outcome.CorruptOutcomeException;
import org.adainit.jobs.outcome.OutcomeJson;
import org.adainit.jobs.spark.Concurrently;
import org.adainit.jobs.store.CellStore;

/**
 * The committed outcomes of a result directory, read by the driver, a few files at a time. The outcomes of a grid are
 * small (about 100 kB a cell): reading them here costs no Spark job, where a job with a task per slice of files cost
 * seconds on a cluster, more than the tables' whole content. A file that cannot be read fails the build with a message
 * naming it.
 */
public final class CommittedOutcomes {

    /** Corrupt files named in the message at most; the rest are counted. */
    private static final int NAMED = 3;
    /** Reads in flight at once: enough to hide the latency of a remote file system, few enough for a laptop. */
    private static final int PARALLEL_READS = 8;

    /** Outcomes committed by cell tasks in this JVM, by committed file's location; see {@link #remember}. */
    private static final Map<String, Remembered> REMEMBERED = new ConcurrentHashMap<>();

    private CommittedOutcomes() {}

    /**
     * Keeps {@code outcome}, just committed as {@code fileName} in {@code store} by a task in the driver's JVM (local
     * mode), for the next {@link #read} to use instead of decoding the file: decoding the quickstart's 126 outcomes
     * (8.8 MB of JSON) took 0.6 s after its last cell. It is used once, only while the file has the length and
     * modification time it had when committed (the stamps that also tell stale tables), and it is softly held, so a
     * driver short of memory reads the file instead. The file's text decodes to an equal outcome ({@link OutcomeJson}):
     * the tables are the same either way.
     */
    public static void remember(CellStore store, String fileName, Object outcome) {
        String stamp;
        try {
            stamp = store.stamp(fileName);
        } catch (UncheckedIOException e) {
            // The commit stands; without its stamp the build decodes the file, as it would after a restart.
            return;
        }
        REMEMBERED.put(store.location(fileName), new Remembered(stamp, new SoftReference<>(outcome)));
    }

    /**
     * Every committed outcome, in file name order.
     *
     * @throws InputException naming the first corrupt committed files, when there are any
     */
    public static <T> List<T> read(CellStore store, Class<T> type) {
        List<Readback<T>> readbacks = Concurrently.map(List.copyOf(store.stamps().entrySet()), PARALLEL_READS,
                file -> Readback.of(store, file.getKey(), file.getValue(), type));
        List<String> problems = readbacks.stream().map(Readback::problem).filter(p -> p != null).toList();
        if (!problems.isEmpty()) {
            List<String> named = problems.subList(0, Math.min(NAMED, problems.size()));
            throw new InputException(String.join("; ", named) + (problems.size() > named.size()
                    ? " (and " + (problems.size() - named.size()) + " more corrupt cells)" : ""));
        }
        return readbacks.stream().map(Readback::outcome).toList();
    }

    /** An outcome committed in this JVM, and the stamp its file had then. */
    private record Remembered(String stamp, SoftReference<Object> outcome) {}

    /** An outcome, or why its file could not be read. */
    record Readback<T>(T outcome, String problem) {

        static <T> Readback<T> of(CellStore store, String file, String stamp, Class<T> type) {
            Remembered remembered = REMEMBERED.remove(store.location(file));
            Object outcome = remembered == null || !remembered.stamp().equals(stamp) ? null : remembered.outcome().get();
            if (type.isInstance(outcome)) {
                return new Readback<>(type.cast(outcome), null);
            }
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
