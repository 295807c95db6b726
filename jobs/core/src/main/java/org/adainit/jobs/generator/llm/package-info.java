/**
 * The LLM generator (docs/llm.md): the OpenAI-compatible chat transport, the only code that uses the OpenAI SDK, with
 * retries, reply parsing and validation, the repair ladder, usage metering and caps.
 */
package org.adainit.jobs.generator.llm;
