/**
 * The Spark job of the diagnose command: landscape slices and gradient-magnitude distributions of chosen cells of an
 * AdaInit run.
 */
package org.adainit.jobs.diagnose;
