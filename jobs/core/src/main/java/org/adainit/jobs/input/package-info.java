/**
 * Bad user input as one exception type whose one-line message names the file, field or option at fault; the command
 * line turns it into exit code 2.
 */
package org.adainit.jobs.input;
