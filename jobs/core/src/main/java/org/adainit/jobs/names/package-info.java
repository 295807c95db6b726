/**
 * The names grid files and tables give enum constants: lower case, words joined by '-'.
 */
package org.adainit.jobs.names;
