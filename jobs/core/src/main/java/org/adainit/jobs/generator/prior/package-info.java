/**
 * Prior draws as a generator: the random best-of-T control, and the draws the embedded sampler explores with.
 */
package org.adainit.jobs.generator.prior;
