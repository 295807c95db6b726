/**
 * The result directory through the Hadoop FileSystem API (local, HDFS, S3A) and the atomic per-cell commits under
 * _cells/.
 */
package org.adainit.jobs.store;
