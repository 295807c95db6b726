/**
 * SHA-256 as lower-case hex: the content address of prompts, cached replies, grids and parameter vectors.
 */
package org.adainit.jobs.digest;
