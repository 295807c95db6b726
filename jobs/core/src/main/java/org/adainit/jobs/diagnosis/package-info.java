/**
 * The Spark-free model of the diagnostics: diagnostic points and cells, their per-sample values and summaries
 * (moments, exponential fits, the McClean and Zhang summaries), and the diagnosis of one AdaInit cell.
 */
package org.adainit.jobs.diagnosis;
