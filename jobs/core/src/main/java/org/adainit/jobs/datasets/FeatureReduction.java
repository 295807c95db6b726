package org.adainit.jobs.datasets;

/** How F raw features become d = min(F, qubits) angles when F exceeds the qubit count (docs/datasets.md). */
public enum FeatureReduction {
    /** Principal components fitted on the training split, centred on its mean (the default; BeInit's precedent). */
    PCA,
    /** The first d raw features, the rest dropped: a baseline that shows what PCA buys. */
    TRUNCATE
}
