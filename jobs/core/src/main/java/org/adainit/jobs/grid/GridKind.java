package org.adainit.jobs.grid;

import org.adainit.jobs.names.ExternalNames;

/** What a grid file describes, its top-level {@code kind} field (absent means {@code adainit}). */
public enum GridKind {
    /** The AdaInit experiment: searches and baselines over datasets, priors and structures ({@link Grid}). */
    ADAINIT,
    /** McClean et al. 2018: gradient variance of random circuits ({@link DiagnosticGrid}). */
    MCCLEAN,
    /** Zhang et al. 2024: variation range under a local unitary ({@link DiagnosticGrid}). */
    ZHANG;

    public String externalName() {
        return ExternalNames.of(this);
    }
}
