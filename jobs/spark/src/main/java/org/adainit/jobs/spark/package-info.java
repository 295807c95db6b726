/**
 * The SparkSession of a command: as configured under spark-submit, and from the launcher in local mode or against
 * --master.
 */
package org.adainit.jobs.spark;
