package org.adainit.jobs.pipeline;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.outcome.CellOutcome;
import org.adainit.jobs.outcome.Provenance;
import org.adainit.jobs.outcome.Timing;

/**
 * Cell runners that wrap the real one to count, interrupt or fail cells. Spark serialises runners to its tasks, so
 * the counts live in static maps keyed by a name each test chooses (local mode runs the tasks in this JVM).
 */
final class ScriptedRunners {

    private static final Map<String, AtomicInteger> INVOCATIONS = new ConcurrentHashMap<>();

    private ScriptedRunners() {}

    static int invocations(String counter) {
        return INVOCATIONS.computeIfAbsent(counter, key -> new AtomicInteger()).get();
    }

    /** Counts every cell it runs under {@code counter}. */
    static CellRunner counting(String counter, CellRunner delegate) {
        return cell -> {
            INVOCATIONS.computeIfAbsent(counter, key -> new AtomicInteger()).incrementAndGet();
            return delegate.run(cell);
        };
    }

    /** Runs {@code limit} cells, then throws from every later cell: the task dies, and with it the job. */
    static CellRunner interruptingAfter(String counter, int limit, CellRunner delegate) {
        return cell -> {
            if (INVOCATIONS.computeIfAbsent(counter, key -> new AtomicInteger()).incrementAndGet() > limit) {
                throw new IllegalStateException("interrupted by the test after " + limit + " cells");
            }
            return delegate.run(cell);
        };
    }

    /** Throws from the first run of {@code cellId}, killing its task's first attempt; runs it normally after. */
    static CellRunner throwingOnce(String counter, String cellId, CellRunner delegate) {
        return cell -> {
            if (cell.id().equals(cellId)
                    && INVOCATIONS.computeIfAbsent(counter, key -> new AtomicInteger()).incrementAndGet() == 1) {
                throw new IllegalStateException("the first attempt of " + cellId + " fails in this test");
            }
            return delegate.run(cell);
        };
    }

    /** Reports the given cells as failed with {@code error}, runs the others. */
    static CellRunner failing(Set<String> cellIds, String error, Provenance provenance, CellRunner delegate) {
        return cell -> cellIds.contains(cell.id())
                ? CellOutcome.failedBeforeStart(cell, error, new Timing(0, 0, "test"), provenance)
                : delegate.run(cell);
    }

    static Cell only(Set<String> ids, Iterable<Cell> cells) {
        for (Cell cell : cells) {
            if (ids.contains(cell.id())) {
                return cell;
            }
        }
        throw new IllegalArgumentException("no cell " + ids);
    }
}
