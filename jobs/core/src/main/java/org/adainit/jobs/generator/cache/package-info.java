/**
 * The on-disk response cache that makes a re-run free and reproducible, and the replay service that serves from it
 * alone.
 */
package org.adainit.jobs.generator.cache;
