package org.adainit.jobs.search;

import org.adainit.jobs.names.ExternalNames;

/** How a proposal's parameters were obtained from the generator's reply. */
public enum ParseStatus {
    /** No text was parsed: the generator samples parameters directly. */
    NOT_APPLICABLE,
    /** The first reply parsed and had the right shapes. */
    OK,
    /** A reply parsed after re-asking with the concrete error. */
    REPAIRED,
    /** The tensors were obtained one at a time. */
    PER_TENSOR,
    /** Every attempt failed; the parameters are a logged draw from the prior. */
    PRIOR_FALLBACK;

    /** The name tables and the {@code search} output use, e.g. {@code not-applicable}. */
    public String externalName() {
        return ExternalNames.of(this);
    }
}
