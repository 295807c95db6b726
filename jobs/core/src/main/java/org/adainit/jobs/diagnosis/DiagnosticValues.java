package org.adainit.jobs.diagnosis;

import java.io.Serializable;

/**
 * What a cell computed, one entry per sample in sample order.
 *
 * @param values the per-sample quantity the tables aggregate: McClean's ∂⟨Z1Z2⟩/∂θ_{1,1}, Zhang's range Δ
 * @param maxima Zhang's max_{U_A} C per sample; null for McClean
 * @param minima Zhang's min_{U_A} C per sample; null for McClean
 */
public record DiagnosticValues(double[] values, double[] maxima, double[] minima) implements Serializable {}
