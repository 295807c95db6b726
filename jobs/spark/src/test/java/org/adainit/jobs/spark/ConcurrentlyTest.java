package org.adainit.jobs.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Results in input order, work really run at once, nested calls that cannot starve, and failures after all work. */
class ConcurrentlyTest {

    @Test
    void resultsComeInInputOrderWhateverOrderTheyFinishIn() {
        List<Integer> results = Concurrently.map(List.of(40, 0, 20, 10), 4, delay -> {
            sleep(delay);
            return delay * 2;
        });
        assertEquals(List.of(80, 0, 40, 20), results);
    }

    @Test
    void piecesRunAtOnceOnDistinctThreads() {
        // Each piece waits until all three have started: that finishes only if they run at once.
        CountDownLatch started = new CountDownLatch(3);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Boolean> met = Concurrently.map(List.of(1, 2, 3), 3, i -> {
            threads.add(Thread.currentThread().getName());
            started.countDown();
            try {
                return started.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(List.of(true, true, true), met);
        assertEquals(3, threads.size());
    }

    @Test
    void nestedCallsOnFullPoolsStillFinish() {
        List<List<Integer>> results = Concurrently.map(List.of(1, 2), 2,
                outer -> Concurrently.map(List.of(10, 20, 30), 2, inner -> outer * inner));
        assertEquals(List.of(List.of(10, 20, 30), List.of(20, 40, 60)), results);
    }

    @Test
    void theFirstFailureInInputOrderIsRethrownAfterEveryPieceFinished() {
        IllegalArgumentException first = new IllegalArgumentException("first");
        AtomicBoolean slowPieceFinished = new AtomicBoolean();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Concurrently.map(List.of(0, 1, 2), 3, i -> {
                    if (i == 0) {
                        throw first;
                    }
                    if (i == 1) {
                        sleep(200);
                        slowPieceFinished.set(true);
                        return i;
                    }
                    throw new IllegalStateException("second");
                }));
        assertSame(first, thrown);
        assertTrue(slowPieceFinished.get(), "the call returned while a piece was still running");
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
