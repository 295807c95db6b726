/**
 * Prints a query result as aligned text, CSV or JSON lines.
 */
package org.adainit.jobs.print;
