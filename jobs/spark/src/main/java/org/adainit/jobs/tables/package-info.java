/**
 * The Parquet tables of an AdaInit run (cells, iterations, epochs, curves, slopes, comparisons, correlations), rebuilt
 * from the committed cells (docs/tables.md).
 */
package org.adainit.jobs.tables;
