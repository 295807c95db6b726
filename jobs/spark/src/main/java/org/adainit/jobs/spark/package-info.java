/**
 * The SparkSession of a command: as configured under spark-submit, and from the launcher in local mode or against
 * --master (telling the launcher that Spark started, so it keeps the class-data archive it records); and driver-side
 * work run at once, since small Spark jobs wait on latency more than on the cores.
 */
package org.adainit.jobs.spark;
