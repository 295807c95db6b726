package org.adainit.jobs.search;

import java.util.List;
import java.util.Locale;

/**
 * The families of priors a search can name in its prompt (the paper's §3 and Fig. 6): the paper's three "standard"
 * laws and the Fig. 6 baselines' laws. Each family has named parameters a grid may set ({@link PriorSpec}); the bare
 * name keeps its historical law. The data-fitted laws are fitted to the training split the QNN sees (its angles after
 * reduction and scaling), because that is the data the prompt describes.
 */
public enum PriorName {
    /** U(low, high); bare: U(0, 1). */
    UNIFORM(List.of("low", "high"), List.of(0.0, 1.0)),
    /** N(mean, std²); bare: N(0, 1). */
    NORMAL(List.of("mean", "std"), List.of(0.0, 1.0)),
    /** Beta(alpha, beta); bare: fitted to the training features as BeInit does, since "standard beta" has no shape. */
    BETA(List.of("alpha", "beta"), List.of()),
    /** GaInit's N(0, factor·γ²), γ² = 1/(4·locality·(L+2)); bare: locality 1, factor 1. */
    GAINIT(List.of("locality", "variance_factor"), List.of(1.0, 1.0)),
    /** BeInit's fitted Beta, under its own name for the Fig. 6 tables; no parameters. */
    BEINIT(List.of(), List.of());

    private final List<String> parameterNames;
    private final List<Double> bareValues;

    PriorName(List<String> parameterNames, List<Double> bareValues) {
        this.parameterNames = parameterNames;
        this.bareValues = bareValues;
    }

    /** The parameters a grid may give, in the order {@link PriorSpec#parameters()} holds them. */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /**
     * The parameter values the bare name means, or an empty list when the bare law has none to state (the fitted
     * Beta laws).
     */
    public List<Double> bareValues() {
        return bareValues;
    }

    /** Name in grid files, tables and on the command line, e.g. {@code gainit}. */
    public String externalName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
