/**
 * The statistics the tables and the report state (docs/tables.md): the exponential fit with its standard error and 95%
 * interval, paired comparisons (geometric-mean ratio, bootstrap interval, Wilcoxon signed-rank p), log-space spread,
 * rank correlation, and the trend a 95% interval supports.
 */
package org.adainit.jobs.statistics;
