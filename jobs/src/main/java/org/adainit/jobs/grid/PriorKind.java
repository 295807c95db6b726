package org.adainit.jobs.grid;

/** The law θ0 is drawn from (Classic) or that the prompt names (AdaInit): spec §0.4 and §5. */
public enum PriorKind {
    /** The paper's standard U(0, 1). */
    UNIFORM,
    /** The paper's standard N(0, 1). */
    NORMAL,
    /** Beta(α, β): fitted to the training features as BeInit does. */
    BETA,
    /** GaInit's N(0, γ²), γ² = 1/(4·S·(L+2)). */
    GAINIT,
    /** BeInit's Beta(α̂, β̂) fitted to the training features. */
    BEINIT;

    public String externalName() {
        return ExternalNames.of(this);
    }
}
