package org.adainit.jobs.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.adainit.jobs.bench.SimulatorBenchmark;
import org.adainit.simulator.fast.CircuitEvaluators;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Seconds of simulator time per training sample (one forward pass and one gradient) of an N-qubit, L-layer QNN:
 * t(N, L) = a + b·2^N + c·2^N·L. The 2^N terms are the state-vector passes of the embedding, readout and entangling
 * rings and of the L fused rotation layers; a is the per-sample overhead. Circuits up to
 * {@link CircuitEvaluators#SMALL_QUBITS} qubits run on another evaluator than wider ones, whose cost grows otherwise
 * with depth, so each range has its own (a, b, c): one fit for both priced N = 4, L = 40 at a third of its time. The
 * coefficients come from timing the real simulator ({@link SimulatorBenchmark}) at each range's calibration points and
 * a least-squares fit of relative error, so small and large circuits count alike. Beyond the largest calibrated width
 * the model extrapolates and ignores cache effects, which makes it optimistic for state vectors larger than the CPU
 * caches (N ≥ 17 or so).
 *
 * @param small the coefficients up to {@link CircuitEvaluators#SMALL_QUBITS} qubits
 * @param wide the coefficients above
 * @param spread how far the calibration's timings of one point scattered: the largest interquartile range over the
 *     rounds relative to the median, over all points (0 for the nominal model)
 */
public record CostModel(Coefficients small, Coefficients wide, String origin, double spread) {

    /** t(N, L) = a + b·2^N + c·2^N·L for one range of widths. */
    public record Coefficients(double overheadSeconds, double perAmplitudeSeconds, double perAmplitudeLayerSeconds) {

        double sampleSeconds(int qubits, int layers) {
            double[] f = features(qubits, layers);
            return overheadSeconds * f[0] + perAmplitudeSeconds * f[1] + perAmplitudeLayerSeconds * f[2];
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.3g + %.3g*2^N + %.3g*2^N*L", overheadSeconds, perAmplitudeSeconds,
                    perAmplitudeLayerSeconds);
        }
    }

    static final double WARM_UP_SECONDS = 2.0;
    /** The terms of t(N, L): a, b and c. */
    private static final int TERMS = 3;
    /** Calibration rounds: at least this many, then more while the timings scatter, up to {@link #MAX_ROUNDS}. */
    static final int MIN_ROUNDS = 3;
    static final int MAX_ROUNDS = 9;
    /** A spread above this makes the estimates unreliable by as much; {@code plan} warns. */
    public static final double STABLE_SPREAD = 0.20;

    /** (qubits, layers) timed by {@link #calibrate()} for the small evaluator: its widths, shallow and deep. */
    static final List<int[]> SMALL_POINTS = List.of(
            new int[] {2, 2}, new int[] {4, 2}, new int[] {6, 2}, new int[] {2, 40}, new int[] {4, 40},
            new int[] {6, 30});
    /**
     * (qubits, layers) timed for the wider circuits: the qubit series up to 16 and a few deeper circuits. Without the
     * 16-qubit point, plan priced the 14-16-qubit check grid at 0.75-0.78 of its run on a 2-core VM; with it, 0.78-0.99
     * over five calibrations.
     */
    static final List<int[]> WIDE_POINTS = List.of(
            new int[] {8, 2}, new int[] {10, 2}, new int[] {12, 2}, new int[] {14, 2}, new int[] {16, 2},
            new int[] {8, 16}, new int[] {10, 8});

    /**
     * Coefficients from {@link #calibrate()} on the 2-core development machine (Java 17, Vector API on; 2026-12-07,
     * timings spread 3 %). Used to order cells largest first and as the starting point of ETAs; {@code plan} measures
     * the machine it runs on instead.
     */
    public static CostModel nominal() {
        return new CostModel(new Coefficients(0.0, 5.4e-9, 1.76e-8), new Coefficients(6.6e-7, 0.0, 1.23e-8),
                "nominal (development machine)", 0.0);
    }

    /**
     * Times the simulator here: kernel warm-up first (timed cold, the Vector API kernels run many times slower until
     * C2 has compiled them, which inflated the estimates), then rounds of short timings of every calibration point
     * until each point's timings agree within {@link #STABLE_SPREAD} (or {@link #MAX_ROUNDS} rounds), and a fit to
     * each point's median. One fit from one timing each moved b by a factor of 15 between two calibrations a minute
     * apart on a busy machine; the median over rounds does not follow a neighbour's burst.
     */
    public static CostModel calibrate() {
        SimulatorBenchmark benchmark = new SimulatorBenchmark(0.02, 3, 0);
        benchmark.warmUp(WARM_UP_SECONDS);
        List<int[]> points = new ArrayList<>(SMALL_POINTS);
        points.addAll(WIDE_POINTS);
        int n = points.size();
        List<double[]> rounds = new ArrayList<>();
        double spread;
        do {
            double[] round = new double[n];
            for (int i = 0; i < n; i++) {
                round[i] = benchmark.fastForwardGradient(points.get(i)[0], points.get(i)[1]);
            }
            rounds.add(round);
            spread = largestSpread(rounds);
        } while (rounds.size() < MIN_ROUNDS || (spread > STABLE_SPREAD && rounds.size() < MAX_ROUNDS));
        double[] medians = new double[n];
        for (int i = 0; i < n; i++) {
            int point = i;
            medians[i] = median(rounds.stream().mapToDouble(r -> r[point]).toArray());
        }
        int small = SMALL_POINTS.size();
        return new CostModel(
                fit(SMALL_POINTS, Arrays.copyOfRange(medians, 0, small)),
                fit(WIDE_POINTS, Arrays.copyOfRange(medians, small, n)),
                String.format(Locale.ROOT, "calibrated here on N <= 16, median of %d rounds", rounds.size()), spread);
    }

    /**
     * The non-negative coefficients whose times are closest, in relative error, to the {@code seconds} timed at
     * {@code points}. With three coefficients the non-negative least-squares solution is the best of the
     * unconstrained fits on each subset of the terms that comes out non-negative. Clamping a negative term of the full
     * fit to zero, as before, kept the other terms of a fit that relied on it: on a calibration whose shallow wide
     * points wanted b &lt; 0, that priced N = 8 to 14 at L = 2 1.26 to 1.48 times their timings.
     */
    static Coefficients fit(List<int[]> points, double[] seconds) {
        double[][] scaled = new double[points.size()][];
        for (int i = 0; i < points.size(); i++) {
            double[] features = features(points.get(i)[0], points.get(i)[1]);
            scaled[i] = new double[] {features[0] / seconds[i], features[1] / seconds[i], features[2] / seconds[i]};
        }
        double[] best = null;
        double bestResidual = Double.POSITIVE_INFINITY;
        for (int terms = 1; terms < 1 << TERMS; terms++) {
            double[] coefficients = fitTerms(scaled, terms);
            if (Arrays.stream(coefficients).allMatch(c -> c >= 0)) {
                double residual = relativeResidual(scaled, coefficients);
                if (residual < bestResidual) {
                    best = coefficients;
                    bestResidual = residual;
                }
            }
        }
        return new Coefficients(best[0], best[1], best[2]);
    }

    /**
     * The unconstrained fit of the terms in the bit set {@code terms} (bit k: term k), the others zero. Dividing every
     * equation by its measured time turns least squares into least relative error.
     */
    private static double[] fitTerms(double[][] scaled, int terms) {
        int[] used = IntStream.range(0, TERMS).filter(k -> (terms & (1 << k)) != 0).toArray();
        double[][] columns = new double[scaled.length][used.length];
        double[] ones = new double[scaled.length];
        for (int i = 0; i < scaled.length; i++) {
            for (int j = 0; j < used.length; j++) {
                columns[i][j] = scaled[i][used[j]];
            }
            ones[i] = 1.0;
        }
        OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
        regression.setNoIntercept(true);
        regression.newSampleData(ones, columns);
        double[] estimated = regression.estimateRegressionParameters();
        double[] coefficients = new double[TERMS];
        for (int j = 0; j < used.length; j++) {
            coefficients[used[j]] = estimated[j];
        }
        return coefficients;
    }

    /** The sum of squared relative errors of {@code coefficients} over the scaled equations. */
    private static double relativeResidual(double[][] scaled, double[] coefficients) {
        double sum = 0;
        for (double[] row : scaled) {
            double error = row[0] * coefficients[0] + row[1] * coefficients[1] + row[2] * coefficients[2] - 1.0;
            sum += error * error;
        }
        return sum;
    }

    /** The largest interquartile range of one point's timings over the rounds, relative to their median. */
    static double largestSpread(List<double[]> rounds) {
        double largest = 0;
        for (int i = 0; i < rounds.get(0).length; i++) {
            int point = i;
            double[] timings = rounds.stream().mapToDouble(r -> r[point]).sorted().toArray();
            int last = timings.length - 1;
            double lower = timings[(int) Math.floor(last / 4.0)];
            double upper = timings[(int) Math.ceil(3 * last / 4.0)];
            largest = Math.max(largest, (upper - lower) / median(timings));
        }
        return largest;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Seconds per training sample (forward and gradient). */
    public double sampleSeconds(int qubits, int layers) {
        return (qubits <= CircuitEvaluators.SMALL_QUBITS ? small : wide).sampleSeconds(qubits, layers);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "t(N,L) = %s s per sample for N <= %d, %s above [%s%s]", small,
                CircuitEvaluators.SMALL_QUBITS, wide, origin,
                spread > 0 ? String.format(Locale.ROOT, ", timings spread %.0f %%", 100 * spread) : "");
    }

    private static double[] features(int qubits, int layers) {
        double amplitudes = Math.pow(2, qubits);
        return new double[] {1.0, amplitudes, amplitudes * layers};
    }
}
