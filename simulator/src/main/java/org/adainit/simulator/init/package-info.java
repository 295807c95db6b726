/**
 * Initial-parameter laws: the uniform, normal and beta priors, GaInit, and BeInit with its maximum-likelihood Beta
 * fit.
 */
package org.adainit.simulator.init;
