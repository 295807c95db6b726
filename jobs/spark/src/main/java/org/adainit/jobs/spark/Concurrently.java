package org.adainit.jobs.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Independent pieces of driver-side work run at once. On the small tables of a grid a Spark job costs its planning and
 * scheduling latency far more than its computing, and reading a committed cell costs a file system round trip: done
 * one after the other they leave the cores waiting.
 */
public final class Concurrently {

    private Concurrently() {}

    /**
     * {@code work} applied to every input on up to {@code threads} threads of a pool of this call's own (so work that
     * itself calls this method cannot starve its caller), the results in input order. It returns, or rethrows the first
     * failure in input order as it was thrown, once every piece has finished.
     */
    public static <A, B> List<B> map(List<A> inputs, int threads, Function<? super A, ? extends B> work) {
        if (inputs.size() <= 1) {
            return inputs.stream().<B>map(work).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, inputs.size()));
        try {
            List<Future<? extends B>> pending = new ArrayList<>();
            for (A input : inputs) {
                pending.add(pool.submit(() -> work.apply(input)));
            }
            List<B> results = new ArrayList<>();
            Throwable failure = null;
            // Every piece finishes before the call returns or throws: none may still write after its caller failed.
            for (Future<? extends B> result : pending) {
                try {
                    results.add(result.get());
                } catch (ExecutionException e) {
                    failure = failure == null ? e.getCause() : failure;
                }
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw new IllegalStateException(failure.getMessage(), failure);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
