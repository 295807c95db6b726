/**
 * Seed derivation: every random draw depends only on the global seed and what the draw is for, never on thread or task
 * order.
 */
package org.adainit.simulator.seed;
