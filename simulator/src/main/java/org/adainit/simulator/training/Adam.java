package org.adainit.simulator.training;

/**
 * Adam as {@code torch.optim.Adam} computes it (defaults β = (0.9, 0.999), ε = 1e-8, no weight decay):
 * θ ← θ − (lr / (1 − β1^t)) · m / (√v / √(1 − β2^t) + ε).
 */
public final class Adam {

    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;

    private final double learningRate;
    private final double[] firstMoment;
    private final double[] secondMoment;
    private int step;

    public Adam(int parameterCount, double learningRate) {
        this.learningRate = learningRate;
        this.firstMoment = new double[parameterCount];
        this.secondMoment = new double[parameterCount];
    }

    /**
     * Updates the first {@code count} parameters in place from {@code gradient} and leaves the rest untouched, as
     * torch does for parameters outside the optimiser (a frozen head: the QNN's circuit weights come first).
     */
    public void step(double[] parameters, double[] gradient, int count) {
        step++;
        double biasCorrection1 = 1 - Math.pow(BETA1, step);
        double sqrtBiasCorrection2 = Math.sqrt(1 - Math.pow(BETA2, step));
        double stepSize = learningRate / biasCorrection1;
        for (int i = 0; i < count; i++) {
            double g = gradient[i];
            firstMoment[i] = BETA1 * firstMoment[i] + (1 - BETA1) * g;
            secondMoment[i] = BETA2 * secondMoment[i] + (1 - BETA2) * g * g;
            double denominator = Math.sqrt(secondMoment[i]) / sqrtBiasCorrection2 + EPSILON;
            parameters[i] -= stepSize * firstMoment[i] / denominator;
        }
    }

    public int steps() {
        return step;
    }
}
