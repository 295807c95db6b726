package org.adainit.jobs.pipeline;

/**
 * The Spark job of a run stopped before every cell finished (a task or executor failed beyond Spark's retries, or
 * the session was stopped). Finished cells are committed; the same command continues from them.
 */
public class RunInterruptedException extends RuntimeException {

    public RunInterruptedException(String message, Throwable cause) {
        super(message, cause);
    }
}
