/**
 * The paper's appendix prompt: the template, its slots (shapes, prior law, dataset description, feedback) and how θ0
 * is written into it.
 */
package org.adainit.jobs.prompt;
