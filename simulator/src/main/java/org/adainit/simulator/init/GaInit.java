package org.adainit.simulator.init;

/**
 * GaInit (Zhang et al., NeurIPS'22, Thm 4.1): θ ~ N(0, γ²) with γ² = 1/(4·S·(L+2)), S the number of non-identity
 * Paulis in the measured observable (1 for every ⟨Z_i⟩ here) and L the number of layers.
 *
 * <p>The paper writes gates as e^{−iθG}; PennyLane as e^{−iaG/2}, so a = 2θ and the theory-exact PennyLane variance
 * is 4γ². The literal γ² is the default (what a reader plugs in); {@code pennyLaneConvention} selects 4γ².
 */
public final class GaInit {

    private GaInit() {}

    public static double variance(int layers, int observableLocality, boolean pennyLaneConvention) {
        if (layers < 1 || observableLocality < 1) {
            throw new IllegalArgumentException("layers and observable locality must be >= 1");
        }
        double literal = 1.0 / (4.0 * observableLocality * (layers + 2));
        return pennyLaneConvention ? 4.0 * literal : literal;
    }

    /**
     * N(0, factor·γ²): factor 1 is the literal γ², 4 the PennyLane gate convention; other factors scale the law for
     * sensitivity studies.
     */
    public static NormalInitialiser initialiser(int layers, int observableLocality, double varianceFactor) {
        if (!(varianceFactor > 0) || !Double.isFinite(varianceFactor)) {
            throw new IllegalArgumentException("the variance factor must be a positive number, got " + varianceFactor);
        }
        return new NormalInitialiser(
                "gainit", 0.0, Math.sqrt(varianceFactor * variance(layers, observableLocality, false)));
    }

    /** The default: S = 1, literal γ². */
    public static NormalInitialiser initialiser(int layers) {
        return initialiser(layers, 1, 1.0);
    }
}
