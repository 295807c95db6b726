/**
 * The 2^n complex statevector in PennyLane's bit order (wire 0 is the most significant bit of the basis index) and the
 * kernels that apply one- and two-qubit gates to it.
 */
package org.adainit.simulator.state;
