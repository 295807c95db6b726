/**
 * The resident driver (docs/resident-driver.md): a JVM that runs the launcher's run and query commands one at a time
 * over a Unix-domain socket, kept warm between them, and the client of JDK classes only that forwards one launch to
 * it.
 */
package org.adainit.jobs.daemon;
