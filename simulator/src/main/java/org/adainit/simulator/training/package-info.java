/**
 * QNN training as the paper sets it (Adam, mini-batches of 20, cross-entropy, 30 epochs) and the gradient-variance
 * metric of its Lemma 1 (section 2.3), optionally spread over threads with bit-identical results.
 */
package org.adainit.simulator.training;
