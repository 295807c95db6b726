/**
 * The simulator benchmark behind BENCHMARKS.md: one QNN sample on the fast and the reference evaluator, and training
 * on several threads.
 */
package org.adainit.jobs.bench;
