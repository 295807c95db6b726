package org.adainit.simulator.diagnostics;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.MultiStartMultivariateOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.UncorrelatedRandomVectorGenerator;
import org.apache.commons.math3.random.UniformRandomGenerator;

/**
 * Zhang et al.'s Definition 1: Δ = max_{U_A} C − min_{U_A} C over the Euler angles of U_A, each extreme found by a
 * multistart Nelder–Mead from Commons Math (the paper uses Adam until convergence). Starts are drawn from the
 * caller's generator, so a sample's range depends on its seed only.
 */
public record VariationRange(double max, double min) {

    static final int STARTS = 8;
    private static final int MAX_EVALUATIONS = 20_000;

    public double range() {
        return max - min;
    }

    public static VariationRange of(LocalEnvironment environment, RandomGenerator random) {
        return new VariationRange(
                extreme(environment, GoalType.MAXIMIZE, random), extreme(environment, GoalType.MINIMIZE, random));
    }

    private static double extreme(LocalEnvironment environment, GoalType goal, RandomGenerator random) {
        MultiStartMultivariateOptimizer optimiser = new MultiStartMultivariateOptimizer(
                new SimplexOptimizer(1e-13, 1e-15),
                STARTS,
                new UncorrelatedRandomVectorGenerator(
                        new double[] {Math.PI, Math.PI, Math.PI},
                        new double[] {Math.PI, Math.PI, Math.PI},
                        new UniformRandomGenerator(random)));
        return optimiser.optimize(
                        new MaxEval(MAX_EVALUATIONS),
                        new ObjectiveFunction(environment::cost),
                        goal,
                        new InitialGuess(new double[] {0, Math.PI / 2, 0}),
                        new NelderMeadSimplex(3, 1.0))
                .getValue();
    }
}
