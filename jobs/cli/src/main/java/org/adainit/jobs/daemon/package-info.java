/**
 * A resident driver JVM for {@code submit/adainit}: the query and run commands of one launch environment (its working
 * directory, its environment variables, its build) run in a JVM kept warm between commands, so a command pays neither
 * the JVM's nor Spark's cold start. {@link org.adainit.jobs.daemon.DaemonServer} serves one command at a time over a
 * Unix-domain socket; {@link org.adainit.jobs.daemon.DaemonClient} forwards one launch to it. The launcher falls back
 * to a fresh JVM whenever the daemon is busy, belongs to another environment or is gone.
 */
package org.adainit.jobs.daemon;
