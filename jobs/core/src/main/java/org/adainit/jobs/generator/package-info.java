/**
 * The generator names a grid or a command can choose, and the factory of the LLM-backed generators.
 */
package org.adainit.jobs.generator;
