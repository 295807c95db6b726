/**
 * Gates, operations and circuits as data, and the gate-by-gate simulator that runs them: the reference every faster
 * path is tested against.
 */
package org.adainit.simulator.circuit;
