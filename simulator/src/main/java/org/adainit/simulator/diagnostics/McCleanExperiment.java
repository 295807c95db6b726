package org.adainit.simulator.diagnostics;

import org.adainit.simulator.ansatz.CircuitInstance;
import org.adainit.simulator.ansatz.McCleanCircuit;
import org.adainit.simulator.circuit.Circuit;
import org.adainit.simulator.gradient.ParameterShiftDifferentiator;
import org.adainit.simulator.observable.ZProduct;
import org.adainit.simulator.seed.Seeds;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * McClean et al. 2018, Fig. 3/4: the sample variance over random circuits of ∂⟨Z1Z2⟩/∂θ_{1,1}. Sample i draws its
 * circuit from a seed derived from (seed, qubits, layers, i), so any subset of samples can be computed anywhere and
 * the union of the subsets equals one run over all of them.
 */
public final class McCleanExperiment {

    /** Sample mean and (unbiased) sample variance of the derivative over {@code samples} circuits. */
    public record Result(int qubits, int layers, int samples, double variance, double mean) {}

    private McCleanExperiment() {}

    /**
     * The 2-design prediction for θ_{1,1} (McClean et al. 2018, Methods, "U+ only" with V = P/2 on the RY(π/4) product
     * state, averaged over P): Var = 2^n / (3(4^n − 1)).
     */
    public static double predictedVariance(int qubits) {
        return Math.pow(2, qubits) / (3 * (Math.pow(4, qubits) - 1));
    }

    public static Result run(int qubits, int layers, int samples, long seed) {
        SummaryStatistics statistics = new SummaryStatistics();
        for (double derivative : derivatives(qubits, layers, seed, 0, samples)) {
            statistics.addValue(derivative);
        }
        return new Result(qubits, layers, samples, statistics.getVariance(), statistics.getMean());
    }

    /** ∂⟨Z1Z2⟩/∂θ_{1,1} of samples {@code from} (inclusive) to {@code to} (exclusive), in order. */
    public static double[] derivatives(int qubits, int layers, long seed, int from, int to) {
        if (qubits < 2) {
            throw new IllegalArgumentException("Z1Z2 needs at least 2 qubits, got " + qubits);
        }
        if (layers < 1) {
            throw new IllegalArgumentException("θ_{1,1} needs at least one layer, got " + layers);
        }
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad sample range [" + from + ", " + to + ")");
        }
        ParameterShiftDifferentiator shift = new ParameterShiftDifferentiator(qubits);
        ZProduct observable = new ZProduct(0, 1);
        double[] out = new double[to - from];
        for (int i = from; i < to; i++) {
            CircuitInstance instance =
                    McCleanCircuit.sample(qubits, layers, new Well19937c(Seeds.derive(seed, qubits, layers, i)));
            out[i - from] = shift.derivative(
                    instance.circuit(), instance.angles(), observable, firstAngle(instance.circuit()));
        }
        return out;
    }

    /** The operation that reads parameter slot 0, θ_{1,1}. */
    private static int firstAngle(Circuit circuit) {
        for (int k = 0; k < circuit.size(); k++) {
            if (circuit.operation(k).isParameterised() && circuit.operation(k).parameterIndex() == 0) {
                return k;
            }
        }
        throw new IllegalStateException("circuit has no parameter slot 0");
    }
}
