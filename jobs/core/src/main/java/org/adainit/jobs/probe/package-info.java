/**
 * The shape probe of the paper's Table 2: one generation per structure, counting the replies whose tensors have the
 * right shapes.
 */
package org.adainit.jobs.probe;
