package org.adainit.simulator.training;

import org.adainit.simulator.qnn.QnnShape;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * BeInit's optional per-step perturbation (BEINIT README): after optimiser step t, every circuit weight gets
 * θ += N(0, s_t²) with s_t = η / (1 + t)^{c + Var_t}. Var_t is the population variance of that step's circuit
 * gradient over the circuit weights (BeInit uses a per-sample gradient variance; this is its mini-batch analogue).
 * README values: η = 0.3 or 0.01, c = 0.55. The head (l1, l2) is not perturbed.
 */
public final class BeInitPerturbation {

    private final double eta;
    private final double exponent;
    private final RandomGenerator random;

    public BeInitPerturbation(double eta, double exponent, long seed) {
        if (!(eta >= 0) || !Double.isFinite(exponent)) {
            throw new IllegalArgumentException("BeInit perturbation needs eta >= 0 and a finite exponent");
        }
        this.eta = eta;
        this.exponent = exponent;
        this.random = new Well19937c(seed);
    }

    /** The noise scale s_t after step {@code step} (1-based) given that step's gradient variance. */
    public double scale(int step, double gradientVariance) {
        return eta / Math.pow(1 + step, exponent + gradientVariance);
    }

    void perturb(double[] theta, double[] gradient, int step, QnnShape shape) {
        int circuit = shape.circuitParameterCount();
        double s = scale(step, new Variance(false).evaluate(gradient, 0, circuit));
        for (int i = 0; i < circuit; i++) {
            theta[i] += s * random.nextGaussian();
        }
    }
}
