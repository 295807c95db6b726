package org.adainit.simulator.diagnostics;

import org.adainit.simulator.ansatz.CircuitInstance;
import org.adainit.simulator.ansatz.McCleanCircuit;
import org.adainit.simulator.ansatz.RotationLayer;
import org.adainit.simulator.circuit.CircuitSimulator;
import org.adainit.simulator.seed.Seeds;
import org.adainit.simulator.state.StateVector;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.MultiStartMultivariateOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.UncorrelatedRandomVectorGenerator;
import org.apache.commons.math3.random.UniformRandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Zhang et al. AAAI'24, Fig. 5(c), quantum state learning: C(U_A) = 1 − |⟨0|V2 (U_A ⊗ I) V1|0⟩|² with U_A =
 * Rz(φ)Ry(θ)Rz(α) on wire 0, and the variation range Δ = max C − min C (w = 1).
 *
 * <p>The amplitude is linear in U_A: ⟨0|V2 (U_A ⊗ I) V1|0⟩ = Σ_{s,t} U_A[s,t]·M[s,t] with the environment
 * M[s,t] = Σ_r conj(b_{s r}) a_{t r}, a = V1|0⟩, b = V2†|0⟩. So each sample costs two circuit runs, and the search
 * over U_A (a multistart Nelder–Mead from Commons Math) runs on a 2×2 matrix.
 */
public final class StateLearningVariation {

    /** Which of V1, V2 is the random circuit; the other is the identity. */
    public enum RandomPart { V1_ONLY, V2_ONLY, BOTH }

    /** The random circuit family: McClean's with 10n layers (2-design) or one Rz·Ry·Rz layer (1-design). */
    public enum Design { TWO_DESIGN, ONE_DESIGN }

    /** Mean and standard deviation of Δ over the samples. */
    public record Result(int qubits, RandomPart part, Design design, int samples, double mean, double std) {}

    private static final int OPTIMISER_STARTS = 8;
    private static final int MAX_EVALUATIONS = 20_000;

    private StateLearningVariation() {}

    public static Result run(int qubits, RandomPart part, Design design, int samples, long seed) {
        StateVector a = new StateVector(qubits);
        StateVector b = new StateVector(qubits);
        SummaryStatistics statistics = new SummaryStatistics();
        for (int i = 0; i < samples; i++) {
            RandomGenerator random = new Well19937c(Seeds.derive(seed, qubits, part.ordinal(), design.ordinal(), i));
            prepare(a, part != RandomPart.V2_ONLY ? sample(design, qubits, random) : null, false);
            prepare(b, part != RandomPart.V1_ONLY ? sample(design, qubits, random) : null, true);
            double[] environment = environment(a, b);
            statistics.addValue(optimisedRange(environment, random));
        }
        return new Result(qubits, part, design, samples, statistics.getMean(), statistics.getStandardDeviation());
    }

    /** The exact E[Δ]/w for every legend (spec §8): each factor off wire 0 averages ½. */
    public static double predictedMean(int qubits) {
        return Math.pow(2, 1 - qubits);
    }

    /** M as {Re M00, Im M00, Re M01, Im M01, Re M10, Im M10, Re M11, Im M11}. */
    static double[] environment(StateVector a, StateVector b) {
        int mask = a.wireMask(0);
        double[] m = new double[8];
        for (int s = 0; s < 2; s++) {
            for (int t = 0; t < 2; t++) {
                double re = 0;
                double im = 0;
                for (int r = 0; r < mask; r++) {
                    int bs = s * mask + r;
                    int at = t * mask + r;
                    re += b.real()[bs] * a.real()[at] + b.imaginary()[bs] * a.imaginary()[at];
                    im += b.real()[bs] * a.imaginary()[at] - b.imaginary()[bs] * a.real()[at];
                }
                m[4 * s + 2 * t] = re;
                m[4 * s + 2 * t + 1] = im;
            }
        }
        return m;
    }

    /** C(U_A) for the environment M and U_A = Rz(φ)Ry(θ)Rz(α), angles = (α, θ, φ). */
    static double cost(double[] m, double[] angles) {
        double c = Math.cos(angles[1] / 2);
        double s = Math.sin(angles[1] / 2);
        double sum = (angles[0] + angles[2]) / 2;
        double diff = (angles[0] - angles[2]) / 2;
        // The entries of Rot(α, θ, φ), as in GateKernels.rot.
        double[] u = {
            Math.cos(sum) * c, -Math.sin(sum) * c,
            -Math.cos(diff) * s, -Math.sin(diff) * s,
            Math.cos(diff) * s, -Math.sin(diff) * s,
            Math.cos(sum) * c, Math.sin(sum) * c
        };
        double re = 0;
        double im = 0;
        for (int k = 0; k < 4; k++) {
            re += u[2 * k] * m[2 * k] - u[2 * k + 1] * m[2 * k + 1];
            im += u[2 * k] * m[2 * k + 1] + u[2 * k + 1] * m[2 * k];
        }
        return 1 - (re * re + im * im);
    }

    /** max C − min C over U_A, each found by a multistart Nelder–Mead. */
    static double optimisedRange(double[] environment, RandomGenerator random) {
        MultivariateFunction objective = angles -> cost(environment, angles);
        return optimise(objective, GoalType.MAXIMIZE, random).getValue()
                - optimise(objective, GoalType.MINIMIZE, random).getValue();
    }

    private static PointValuePair optimise(MultivariateFunction objective, GoalType goal, RandomGenerator random) {
        MultiStartMultivariateOptimizer optimiser = new MultiStartMultivariateOptimizer(
                new SimplexOptimizer(1e-13, 1e-15),
                OPTIMISER_STARTS,
                new UncorrelatedRandomVectorGenerator(
                        new double[] {Math.PI, Math.PI, Math.PI},
                        new double[] {Math.PI, Math.PI, Math.PI},
                        new UniformRandomGenerator(random)));
        return optimiser.optimize(
                new MaxEval(MAX_EVALUATIONS),
                new ObjectiveFunction(objective),
                goal,
                new InitialGuess(new double[] {0, Math.PI / 2, 0}),
                new NelderMeadSimplex(3, 1.0));
    }

    private static CircuitInstance sample(Design design, int qubits, RandomGenerator random) {
        return design == Design.TWO_DESIGN
                ? McCleanCircuit.sample(qubits, 10 * qubits, random)
                : RotationLayer.sample(qubits, random);
    }

    /** |ψ⟩ = V|0⟩, or V†|0⟩ when {@code inverse}; |0…0⟩ when {@code instance} is null (the identity). */
    private static void prepare(StateVector state, CircuitInstance instance, boolean inverse) {
        if (instance == null) {
            state.resetToZeroState();
        } else if (inverse) {
            CircuitSimulator.runInverse(instance.circuit(), instance.angles(), state);
        } else {
            CircuitSimulator.run(instance.circuit(), instance.angles(), state);
        }
    }
}
