/**
 * The paper's QNN (angle embedding, entangling layers, the expectation of Z on every wire, a Linear(N, 2) head): its
 * parameters l0, l1, l2, its loss and gradient, and the evaluator interface whose implementation the caller picks.
 */
package org.adainit.simulator.qnn;
