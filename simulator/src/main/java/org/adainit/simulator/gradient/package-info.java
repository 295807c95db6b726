/**
 * Circuit gradients by adjoint differentiation (one backward sweep) and by the parameter-shift rule, the independent
 * cross-check.
 */
package org.adainit.simulator.gradient;
