/**
 * Registers every table of a result directory as a SQL view named like the table.
 */
package org.adainit.jobs.sql;
