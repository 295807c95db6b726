/**
 * The offline adaptive sampler, a seeded (1+1) evolution strategy labelled "embedded (not an LLM)" wherever its
 * results appear.
 */
package org.adainit.jobs.generator.embedded;
