/**
 * The generator names a grid or a command can choose, and the one factory that turns a name into its generator.
 */
package org.adainit.jobs.generator;
