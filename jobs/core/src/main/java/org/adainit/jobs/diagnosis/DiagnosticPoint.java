package org.adainit.jobs.diagnosis;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.Serializable;

/**
 * One point of a diagnostic grid: a setting and how many random samples to draw for it. Its samples are split into
 * {@link DiagnosticCell}s so that a large point spreads over executors; sample i of a point is the same number
 * whichever cell computes it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = McCleanPoint.class, name = "mcclean"),
    @JsonSubTypes.Type(value = ZhangPoint.class, name = "zhang")
})
public sealed interface DiagnosticPoint extends Serializable permits McCleanPoint, ZhangPoint {

    int qubits();

    int samples();

    /** Stable, readable, path-safe, e.g. {@code mcclean.10n.n8.l80}; cell ids extend it with their sample range. */
    String id();

    /** Samples {@code from} (inclusive) to {@code to} (exclusive), computed with the grid's seed. */
    DiagnosticValues compute(long seed, int from, int to);

    /** Seconds of simulator time per amplitude update of one gate on the development machine (timed at n = 10..16). */
    double SECONDS_PER_AMPLITUDE_GATE = 1.7e-9;

    /** Zhang's two multistart Nelder–Mead searches per sample, whatever the width (timed). */
    double OPTIMISER_SECONDS = 1e-3;

    /** Estimated simulator seconds of one sample on the development machine; schedules the largest cells first. */
    double sampleSeconds();
}
