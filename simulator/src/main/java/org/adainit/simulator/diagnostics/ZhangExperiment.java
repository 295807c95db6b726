package org.adainit.simulator.diagnostics;

import org.adainit.simulator.ansatz.CircuitInstance;
import org.adainit.simulator.circuit.CircuitSimulator;
import org.adainit.simulator.observable.Observable;
import org.adainit.simulator.seed.Seeds;
import org.adainit.simulator.state.StateVector;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Zhang et al. AAAI'24, Fig. 5: the variation range Δ = max_{U_A} C − min_{U_A} C of a cost under a single-qubit
 * U_A = Rz(φ)Ry(θ)Rz(α) on qubit 1 (wire 0), with U = V2 (U_A ⊗ I) V1 and V1, V2 random or the identity. Sample i of a
 * setting draws its circuits and optimiser starts from Seeds.derive(seed, task, qubits, part, design, layers, i), so
 * any subset of samples can be computed anywhere.
 */
public final class ZhangExperiment {

    /**
     * One point of Fig. 5.
     *
     * @param layers depth of the 2-design circuit (10n in the paper); 1 for the 1-design
     */
    public record Setting(ZhangTask task, int qubits, RandomPart part, CircuitDesign design, int layers) {

        public Setting {
            if (qubits < 2) {
                throw new IllegalArgumentException("Zhang's tasks need at least 2 qubits, got " + qubits);
            }
            if (layers < 1 || (design == CircuitDesign.ONE_DESIGN && layers != 1)) {
                throw new IllegalArgumentException(design + " with " + layers + " layers");
            }
        }

        /** The paper's setting: 10n layers for a 2-design, one layer for a 1-design. */
        public static Setting paper(ZhangTask task, int qubits, RandomPart part, CircuitDesign design) {
            return new Setting(task, qubits, part, design, design.paperLayers(qubits));
        }
    }

    /** Mean and sample standard deviation of Δ/w(H) over the samples. */
    public record Result(Setting setting, int samples, double width, double meanRatio, double stdRatio) {}

    private ZhangExperiment() {}

    public static Result run(Setting setting, int samples, long seed) {
        double width = setting.task().width(setting.qubits());
        SummaryStatistics statistics = new SummaryStatistics();
        for (VariationRange range : ranges(setting, seed, 0, samples)) {
            statistics.addValue(range.range() / width);
        }
        return new Result(setting, samples, width, statistics.getMean(), statistics.getStandardDeviation());
    }

    /** The max, min and range of samples {@code from} (inclusive) to {@code to} (exclusive), in order. */
    public static VariationRange[] ranges(Setting setting, long seed, int from, int to) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad sample range [" + from + ", " + to + ")");
        }
        int n = setting.qubits();
        Observable observable = setting.task() == ZhangTask.QSL ? null : setting.task().observable(n);
        VariationRange[] out = new VariationRange[to - from];
        for (int i = from; i < to; i++) {
            RandomGenerator random = new Well19937c(Seeds.derive(seed, setting.task().ordinal(), n,
                    setting.part().ordinal(), setting.design().ordinal(), setting.layers(), i));
            CircuitInstance v1 = setting.part().v1Random() ? setting.design().sample(n, setting.layers(), random) : null;
            CircuitInstance v2 = setting.part().v2Random() ? setting.design().sample(n, setting.layers(), random) : null;
            StateVector psi = new StateVector(n);
            if (v1 != null) {
                CircuitSimulator.run(v1.circuit(), v1.angles(), psi);
            }
            LocalEnvironment environment;
            if (observable == null) {
                StateVector target = new StateVector(n);
                if (v2 != null) {
                    CircuitSimulator.runInverse(v2.circuit(), v2.angles(), target);
                }
                environment = LocalEnvironment.fidelity(psi, target);
            } else {
                environment = LocalEnvironment.expectation(psi, v2, observable);
            }
            out[i - from] = VariationRange.of(environment, random);
        }
        return out;
    }

    /** The exact E[Δ_QSL] = 2^{1−n} for every legend (half Proposition 2's bound): every factor off wire 0 averages ½. */
    public static double predictedStateLearningMean(int qubits) {
        return Math.pow(2, 1 - qubits);
    }

    /** Theorem 1 with m = 1: E[Δ]/w(H) ≤ 2^{−(n/2 − 3m − 2)} = 2^{5 − n/2}, for V1 or V2 a 2-design. */
    public static double theoremOneBound(int qubits) {
        return Math.pow(2, 5 - qubits / 2.0);
    }

    /** Proposition 2 with m = 1: E[Δ_QSL] ≤ 2^{−(n − 2m)} = 2^{2 − n}, for V1 or V2 a 1-design. */
    public static double propositionTwoBound(int qubits) {
        return Math.pow(2, 2 - qubits);
    }
}
