/**
 * The AdaInit search, the paper's Algorithm 1, in pure Java: the generator interface, the acceptance threshold, the
 * search records, the one-draw Classic baseline and the cell set-up (dataset split, prior, evaluator) shared by the
 * search command and the pipeline (docs/search.md).
 */
package org.adainit.jobs.search;
