package org.adainit.jobs.generator.llm;

import java.time.Duration;

/** Waits for a backoff or a rate limit; tests pass one that records the wait instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
