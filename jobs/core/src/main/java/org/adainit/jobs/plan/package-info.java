/**
 * What a grid will cost before it runs: trainings, simulator time from a model calibrated on the spot, LLM calls,
 * tokens and cost, checked against the budget.
 */
package org.adainit.jobs.plan;
