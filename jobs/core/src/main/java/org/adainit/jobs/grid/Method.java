package org.adainit.jobs.grid;

import org.adainit.jobs.names.ExternalNames;
import org.adainit.jobs.search.PriorName;
import org.adainit.jobs.search.PriorSpec;

/** How a cell obtains θ0: one training from a single draw of a law, or the AdaInit search. */
public enum Method {
    /** The paper's "Classic": one training from a single draw of the cell's prior. */
    CLASSIC,
    /** One training from a GaInit draw; the cell's prior is {@link PriorName#GAINIT} whatever the priors axis says. */
    GAINIT,
    /** One training from a BeInit draw; the cell's prior is {@link PriorName#BEINIT} whatever the priors axis says. */
    BEINIT,
    /** Algorithm 1 with a generator and a prompt variant ("Ours"). */
    ADAINIT;

    public String externalName() {
        return ExternalNames.of(this);
    }

    /** True for the baselines, which train once and need no generator. */
    public boolean singleTraining() {
        return this != ADAINIT;
    }

    /** The law a baseline method imposes on its cells, or null when the cell's prior axis decides. */
    PriorSpec impliedPrior() {
        return switch (this) {
            case GAINIT -> PriorSpec.of(PriorName.GAINIT);
            case BEINIT -> PriorSpec.of(PriorName.BEINIT);
            case CLASSIC, ADAINIT -> null;
        };
    }
}
