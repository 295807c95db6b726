/**
 * Evaluators specialised to the QNN circuit, agreeing with the reference to rounding in a fraction of its time: a
 * product-state first layer, cache-blocked rotation passes, CNOT rings as bit-linear gathers and SIMD kernels on the
 * Vector API (docs/simulator.md, BENCHMARKS.md).
 */
package org.adainit.simulator.fast;
