/**
 * The Parquet tables of the McClean and Zhang grids and of diagnose, built from their committed cells
 * (docs/tables.md).
 */
package org.adainit.jobs.tables.diagnosis;
