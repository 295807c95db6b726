package org.adainit.jobs.probe;

import org.adainit.jobs.generator.llm.ChatOutcome;
import org.adainit.simulator.qnn.QnnShape;

/**
 * The verdict on one structure of the shape probe.
 *
 * @param correctShape all three tensors had exactly the asked shapes (non-finite entries do not count against it)
 * @param verdict {@code ok}, or the problem found in the reply
 */
public record ProbeResult(QnnShape shape, boolean correctShape, String verdict, ChatOutcome outcome) {}
