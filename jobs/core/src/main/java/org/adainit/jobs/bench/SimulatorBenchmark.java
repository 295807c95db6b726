package org.adainit.jobs.bench;

import java.util.Arrays;
import java.util.function.LongSupplier;
import org.adainit.simulator.fast.CircuitEvaluators;
import org.adainit.simulator.init.UniformInitialiser;
import org.adainit.simulator.qnn.CircuitEvaluator;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.qnn.ReferenceCircuitEvaluator;
import org.adainit.simulator.training.Trainer;
import org.adainit.simulator.training.TrainingConfig;
import org.apache.commons.math3.random.Well19937c;

/**
 * Times one QNN sample (forward, and forward + gradient) on the fast and the reference evaluator, and a streaming
 * pass over a 2^n complex state, all in the same JVM run so their ratios compare like with like. Each timing warms up
 * first, then takes the median of repeated measurements, each long enough to dwarf timer resolution.
 */
public final class SimulatorBenchmark {

    /** One size's timings in seconds per sample (per pass for {@code passSeconds}); NaN where not measured. */
    public record Row(
            int qubits, int layers, double fastForward, double fastForwardGradient, double referenceForward,
            double referenceForwardGradient, double passSeconds) {

        public double speedup() {
            return referenceForwardGradient / fastForwardGradient;
        }

        public double passes() {
            return fastForwardGradient / passSeconds;
        }
    }

    private final double minSeconds;
    private final int repetitions;
    private final int referenceQubitLimit;

    /**
     * @param minSeconds minimum duration of one measurement (repeating the operation as needed)
     * @param repetitions measurements per timing; the median is reported
     * @param referenceQubitLimit widths above this skip the (slow) reference
     */
    public SimulatorBenchmark(double minSeconds, int repetitions, int referenceQubitLimit) {
        this.minSeconds = minSeconds;
        this.repetitions = repetitions;
        this.referenceQubitLimit = referenceQubitLimit;
    }

    /**
     * Runs every fast kernel (both evaluators, deep and shallow circuits, widths with and without a high-bit pass)
     * for a few seconds before anything is timed: the Vector API runs tens of times slower until C2 has compiled
     * the kernels, which on two cores can take over a second, longer than one measurement's warm-up.
     */
    public void warmUp(double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int[][] sizes = {{13, 3}, {9, 2}, {4, 3}};
        CircuitEvaluator[] evaluators = new CircuitEvaluator[sizes.length];
        QnnParameters[] parameters = new QnnParameters[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            QnnShape shape = new QnnShape(sizes[i][0], sizes[i][1], 2);
            evaluators[i] = CircuitEvaluators.fastest(shape, sizes[i][0]);
            parameters[i] = UniformInitialiser.standard().sample(shape, new Well19937c(i));
        }
        long sink = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < sizes.length; i++) {
                double[] x = new double[sizes[i][0]];
                Arrays.fill(x, 0.7);
                sink += forwardGradient(evaluators[i], parameters[i], x, x, new double[x.length],
                        new double[parameters[i].values().length]);
            }
        }
        blackhole = sink;
    }

    public Row measure(int qubits, int layers) {
        Workload w = new Workload(qubits, layers);
        CircuitEvaluator fast = CircuitEvaluators.fastest(w.shape, qubits);
        double fastForward = time(() -> forward(fast, w.parameters, w.x, w.z));
        double fastGradient = time(() -> forwardGradient(fast, w.parameters, w.x, w.g, w.z, w.gradient));
        double referenceForward = Double.NaN;
        double referenceGradient = Double.NaN;
        if (qubits <= referenceQubitLimit) {
            CircuitEvaluator reference = new ReferenceCircuitEvaluator(w.shape, qubits);
            referenceForward = time(() -> forward(reference, w.parameters, w.x, w.z));
            referenceGradient = time(() -> forwardGradient(reference, w.parameters, w.x, w.g, w.z, w.gradient));
        }
        double pass = streamingPass(qubits);
        return new Row(qubits, layers, fastForward, fastGradient, referenceForward, referenceGradient, pass);
    }

    /** Seconds per sample of forward + gradient on the fastest evaluator: {@link #measure}'s column, alone. */
    public double fastForwardGradient(int qubits, int layers) {
        Workload w = new Workload(qubits, layers);
        CircuitEvaluator fast = CircuitEvaluators.fastest(w.shape, qubits);
        return time(() -> forwardGradient(fast, w.parameters, w.x, w.g, w.z, w.gradient));
    }

    /** One sample's parameters, input, output gradient and buffers at a width, the same for every timing. */
    private static final class Workload {
        final QnnShape shape;
        final QnnParameters parameters;
        final double[] x;
        final double[] g;
        final double[] z;
        final double[] gradient;

        Workload(int qubits, int layers) {
            // The previous width's buffers (1.3 GiB at n = 24) are garbage now: collect them before timing, not during.
            System.gc();
            shape = new QnnShape(qubits, layers, 2);
            parameters = UniformInitialiser.standard().sample(shape, new Well19937c(qubits * 100L + layers));
            x = new double[qubits];
            for (int i = 0; i < qubits; i++) {
                x[i] = 0.1 + 2.9 * i / qubits;
            }
            g = new double[qubits];
            Arrays.fill(g, 0.3);
            z = new double[qubits];
            gradient = new double[parameters.values().length];
        }
    }

    /**
     * Seconds for one full training run of Iris's size at n = 2, L = 2: 60 samples × 30 epochs in batches of 20
     * (the paper's setting), on angles spread over [0, π].
     */
    public double irisTraining() {
        QnnShape shape = new QnnShape(2, 2, 2);
        QnnParameters initial = UniformInitialiser.standard().sample(shape, new Well19937c(1));
        double[][] x = new double[60][2];
        int[] y = new int[60];
        for (int i = 0; i < 60; i++) {
            x[i][0] = Math.PI * i / 60;
            x[i][1] = Math.PI * ((i * 7) % 60) / 60;
            y[i] = i % 2;
        }
        Trainer trainer = new Trainer(TrainingConfig.PAPER);
        return time(() -> Double.doubleToRawLongBits(trainer.train(initial, x, y, 3).gradientVariance()));
    }

    /** Mini-batch training on {@code threads} workers: seconds per sample, and whether it equals one thread's run. */
    public record ThreadRow(int qubits, int layers, int threads, double perSample, boolean identicalToOneThread) {}

    /** Samples of the threaded timing: one mini-batch of the paper's size. */
    public static final int THREAD_BATCH = 20;
    private static final int THREAD_EPOCHS = 2;

    /**
     * Trains on {@link #THREAD_BATCH} samples for {@link #THREAD_EPOCHS} epochs in one mini-batch per epoch, the
     * batch spread over {@code threads} workers, and reports seconds per sample gradient; the trained parameters are
     * compared with a one-thread run's to the last bit.
     */
    public ThreadRow measureThreads(int qubits, int layers, int threads) {
        QnnShape shape = new QnnShape(qubits, layers, 2);
        QnnParameters initial = UniformInitialiser.standard().sample(shape, new Well19937c(qubits * 100L + layers));
        double[][] x = new double[THREAD_BATCH][qubits];
        int[] y = new int[THREAD_BATCH];
        for (int i = 0; i < THREAD_BATCH; i++) {
            for (int w = 0; w < qubits; w++) {
                x[i][w] = Math.PI * ((i * 7 + w * 3) % THREAD_BATCH) / THREAD_BATCH;
            }
            y[i] = i % 2;
        }
        TrainingConfig config = new TrainingConfig(
                THREAD_EPOCHS, THREAD_BATCH, TrainingConfig.PAPER.learningRate(), TrainingConfig.PAPER.variance());
        Trainer threaded = new Trainer(config.withThreads(threads));
        double run = time(() -> Double.doubleToRawLongBits(threaded.train(initial, x, y, 5).gradientVariance()));
        double[] multi = threaded.train(initial, x, y, 5).finalParameters().values();
        double[] single = new Trainer(config).train(initial, x, y, 5).finalParameters().values();
        return new ThreadRow(qubits, layers, threads, run / (THREAD_EPOCHS * THREAD_BATCH),
                Arrays.equals(multi, single));
    }

    /** Seconds for one read-modify-write pass over a 2^n complex state held as two double arrays. */
    double streamingPass(int qubits) {
        double[] re = new double[1 << qubits];
        double[] im = new double[1 << qubits];
        Arrays.fill(re, 1.0);
        Arrays.fill(im, 0.5);
        return time(() -> pass(re, im));
    }

    /**
     * The pass itself, a method of its own so the JIT compiles (and vectorises) it the same way whatever was timed
     * before it; inside the shared timing lambda its code varied by 5× between runs.
     */
    private static long pass(double[] re, double[] im) {
        double c = 0.999999;
        double s = 0.000001;
        for (int k = 0; k < re.length; k++) {
            double r = re[k];
            double i = im[k];
            re[k] = c * r - s * i;
            im[k] = c * i + s * r;
        }
        return Double.doubleToRawLongBits(re[re.length - 1]);
    }

    /** One sample forward into the caller's buffer: what a training step does, allocation-free. */
    private static long forward(CircuitEvaluator evaluator, QnnParameters p, double[] x, double[] z) {
        evaluator.forward(p.values(), x, z);
        return Double.doubleToRawLongBits(z[0]);
    }

    private static long forwardGradient(
            CircuitEvaluator evaluator, QnnParameters p, double[] x, double[] g, double[] z, double[] gradient) {
        evaluator.forward(p.values(), x, z);
        evaluator.backward(p.values(), g, gradient);
        return Double.doubleToRawLongBits(gradient[0]);
    }

    /** Median seconds per call over {@code repetitions} measurements, after warm-up. */
    private double time(LongSupplier operation) {
        long sink = 0;
        int batch = 1;
        // Warm-up and calibration: grow the batch until one batch takes minSeconds.
        while (true) {
            long start = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                sink += operation.getAsLong();
            }
            double elapsed = (System.nanoTime() - start) * 1e-9;
            if (elapsed >= minSeconds) {
                break;
            }
            batch = elapsed <= 0 ? batch * 10 : (int) Math.min(1 << 28, Math.ceil(batch * 1.2 * minSeconds / elapsed));
        }
        double[] samples = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                sink += operation.getAsLong();
            }
            samples[r] = (System.nanoTime() - start) * 1e-9 / batch;
        }
        blackhole = sink;
        Arrays.sort(samples);
        return samples[repetitions / 2];
    }

    /** Keeps results alive so the JIT cannot drop the timed work. */
    @SuppressWarnings("unused")
    private static volatile long blackhole;
}
