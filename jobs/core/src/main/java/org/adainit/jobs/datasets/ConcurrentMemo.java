package org.adainit.jobs.datasets;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * A per-JVM cache where each value is computed once even when many threads (Spark tasks) ask for it at the same time;
 * the others wait for that one computation. A failed computation is not cached, so a fixed file can be retried.
 */
final class ConcurrentMemo<K, V> {

    private final ConcurrentHashMap<K, FutureTask<V>> values = new ConcurrentHashMap<>();

    V get(K key, Function<K, V> compute) {
        FutureTask<V> task = values.get(key);
        if (task == null) {
            FutureTask<V> created = new FutureTask<>(() -> compute.apply(key));
            task = values.putIfAbsent(key, created);
            if (task == null) {
                task = created;
                created.run();
            }
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            values.remove(key, task);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + key, e);
        }
    }
}
