/**
 * The main job: expands a grid into cells, runs each as one Spark task (largest first, skipping the committed ones)
 * and rebuilds the tables from the commits.
 */
package org.adainit.jobs.pipeline;
