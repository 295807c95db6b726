/**
 * The command line (picocli): one class per subcommand of submit/adainit, the options they share, and bad input mapped
 * to exit code 2.
 */
package org.adainit.jobs.cli;
