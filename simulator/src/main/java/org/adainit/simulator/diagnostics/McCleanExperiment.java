package org.adainit.simulator.diagnostics;

import org.adainit.simulator.ansatz.CircuitInstance;
import org.adainit.simulator.ansatz.McCleanCircuit;
import org.adainit.simulator.gradient.AdjointDifferentiator;
import org.adainit.simulator.observable.ZProduct;
import org.adainit.simulator.seed.Seeds;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * McClean et al. 2018, Fig. 3/4: the sample variance over random circuits of ∂⟨Z1Z2⟩/∂θ_{1,1}. Sample i draws its
 * circuit from a seed derived from (seed, qubits, layers, i), so any subset of samples can be computed anywhere.
 */
public final class McCleanExperiment {

    /** Sample mean and (unbiased) sample variance of the derivative over {@code samples} circuits. */
    public record Result(int qubits, int layers, int samples, double variance, double mean) {}

    private McCleanExperiment() {}

    /**
     * The 2-design prediction for θ_{1,1} (spec §7, "U+ only" with V = P/2 on the RY(π/4) product state, averaged
     * over P): Var = 2^n / (3(4^n − 1)).
     */
    public static double predictedVariance(int qubits) {
        return Math.pow(2, qubits) / (3 * (Math.pow(4, qubits) - 1));
    }

    public static Result run(int qubits, int layers, int samples, long seed) {
        if (qubits < 2) {
            throw new IllegalArgumentException("Z1Z2 needs at least 2 qubits, got " + qubits);
        }
        AdjointDifferentiator adjoint = new AdjointDifferentiator(qubits);
        ZProduct observable = new ZProduct(0, 1);
        SummaryStatistics statistics = new SummaryStatistics();
        for (int i = 0; i < samples; i++) {
            CircuitInstance instance =
                    McCleanCircuit.sample(qubits, layers, new Well19937c(Seeds.derive(seed, qubits, layers, i)));
            double[] gradient = new double[instance.angles().length];
            adjoint.expectationAndGradient(instance.circuit(), instance.angles(), observable, gradient);
            statistics.addValue(gradient[0]);
        }
        return new Result(qubits, layers, samples, statistics.getVariance(), statistics.getMean());
    }
}
