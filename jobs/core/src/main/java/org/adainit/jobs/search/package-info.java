/**
 * The AdaInit search, the paper's Algorithm 1, in pure Java: the generator interface, the acceptance threshold, the
 * search records and the one-draw Classic baseline (docs/search.md).
 */
package org.adainit.jobs.search;
