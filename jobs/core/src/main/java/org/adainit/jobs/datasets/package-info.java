/**
 * The four datasets of the paper's Table 1: download and checksum, readers, binary pools, stratified splits and the
 * preprocessing into rotation angles (docs/datasets.md).
 */
package org.adainit.jobs.datasets;
