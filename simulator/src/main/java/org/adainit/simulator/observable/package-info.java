/**
 * Measured operators: Z products and weighted Z sums, Pauli strings and sums, the Heisenberg ring, and the exact
 * spectral range of an observable.
 */
package org.adainit.simulator.observable;
