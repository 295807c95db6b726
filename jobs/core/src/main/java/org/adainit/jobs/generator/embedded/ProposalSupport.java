package org.adainit.jobs.generator.embedded;

import org.adainit.jobs.names.ExternalNames;

/**
 * Where the embedded generator's mutations may land. Its Gaussian steps around the last accepted θ0 can leave the
 * prior's support (e.g. [0, 1] for the standard uniform), where the prior puts no mass and values the paper's prompt
 * never asks for may raise the variance. Docs: docs/search.md, "The offline generators".
 */
public enum ProposalSupport {
    /** Mutations are left where they land (the behaviour before the option existed). */
    FREE,
    /**
     * Each mutated value is reflected back into the prior's support at its bounds ({@code Support.reflect}): the
     * uniform's [low, high], the beta laws' [0, 1]; the normal laws have no bound and are left alone.
     */
    PRIOR;

    public String externalName() {
        return ExternalNames.of(this);
    }
}
