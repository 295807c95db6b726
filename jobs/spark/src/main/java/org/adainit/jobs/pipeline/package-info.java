/**
 * The main job: expands a grid into cells, runs them as Spark tasks (largest first, small cells grouped into one task,
 * skipping the committed ones) and rebuilds the tables from the commits.
 */
package org.adainit.jobs.pipeline;
