/**
 * What one finished cell produced, with its provenance and timing, as the JSON file its executor commits.
 */
package org.adainit.jobs.outcome;
