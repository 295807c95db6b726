package org.adainit.simulator.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.adainit.simulator.fast.CircuitEvaluators;
import org.adainit.simulator.qnn.QnnModel;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;

/**
 * A mini-batch's mean loss and gradient, its samples spread over {@code threads} workers. Each sample writes its
 * share into its own row and the rows are summed in sample order, so the result is bit-identical for any thread
 * count. One model (with its state buffers) per worker.
 */
final class BatchGradient implements AutoCloseable {

    private final QnnModel[] models;
    private final ExecutorService pool;
    private final double[][] rows;
    private final double[] losses;
    private final boolean[] correct;
    private int lastCorrect;

    BatchGradient(QnnShape shape, int features, int threads, int maxBatch) {
        this.models = new QnnModel[threads];
        for (int t = 0; t < threads; t++) {
            models[t] = CircuitEvaluators.fastestModel(shape, features);
        }
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "adainit-batch");
            thread.setDaemon(true);
            return thread;
        }) : null;
        this.rows = new double[maxBatch][shape.parameterCount()];
        this.losses = new double[maxBatch];
        this.correct = new boolean[maxBatch];
    }

    /** Mean cross-entropy of samples order[from..to) and its gradient, written into {@code gradient}. */
    double lossAndGradient(QnnParameters parameters, double[][] x, int[] y, int[] order, int from, int to,
            double[] gradient) {
        int batch = to - from;
        if (pool == null) {
            evaluate(models[0], parameters, x, y, order, from, 0, batch, batch);
        } else {
            List<Future<?>> parts = new ArrayList<>(models.length);
            for (int t = 0; t < models.length; t++) {
                QnnModel model = models[t];
                int first = batch * t / models.length;
                int last = batch * (t + 1) / models.length;
                parts.add(pool.submit(() -> evaluate(model, parameters, x, y, order, from, first, last, batch)));
            }
            for (Future<?> part : parts) {
                try {
                    part.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while training", e);
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        }
        Arrays.fill(gradient, 0.0);
        double loss = 0;
        int right = 0;
        for (int b = 0; b < batch; b++) {
            double[] row = rows[b];
            for (int i = 0; i < gradient.length; i++) {
                gradient[i] += row[i];
            }
            loss += losses[b];
            right += correct[b] ? 1 : 0;
        }
        lastCorrect = right;
        return loss / batch;
    }

    int lastCorrect() {
        return lastCorrect;
    }

    private void evaluate(QnnModel model, QnnParameters parameters, double[][] x, int[] y, int[] order, int from,
            int first, int last, int batch) {
        for (int b = first; b < last; b++) {
            int sample = order[from + b];
            Arrays.fill(rows[b], 0.0);
            losses[b] = model.accumulateSample(parameters, x[sample], y[sample], batch, rows[b]);
            correct[b] = argmax(model.lastLogits()) == y[sample];
        }
    }

    private static int argmax(double[] z) {
        int best = 0;
        for (int c = 1; c < z.length; c++) {
            if (z[c] > z[best]) {
                best = c;
            }
        }
        return best;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
