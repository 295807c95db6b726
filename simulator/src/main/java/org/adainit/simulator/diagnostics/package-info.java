/**
 * The physics of the barren-plateau diagnostics: McClean's derivative over random circuits, Zhang's variation range
 * under a local unitary, loss-landscape slices and gradient-magnitude distributions (docs/diagnostics.md).
 */
package org.adainit.simulator.diagnostics;
