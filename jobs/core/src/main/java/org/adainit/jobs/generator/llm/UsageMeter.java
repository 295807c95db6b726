package org.adainit.jobs.generator.llm;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Counts what the live LLM calls of this process spent and enforces {@link UsageCaps}: before each HTTP request it
 * throws {@link BudgetExhaustedException} once the token or cost cap is reached, and waits while the last minute
 * already holds the allowed number of requests. A request can overshoot a cap by at most its own tokens, which the
 * max-tokens setting bounds. Cached and replayed replies cost nothing and are not counted. Thread-safe; share one
 * meter between the generators of a process.
 */
public final class UsageMeter {

    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

    private final UsageCaps caps;
    private final Sleeper sleeper;
    private final LongSupplier nanoClock;
    private final Deque<Long> recentRequests = new ArrayDeque<>();
    private long tokensIn;
    private long tokensOut;
    private double costUsd;
    private long requests;

    public UsageMeter(UsageCaps caps) {
        this(caps, Sleeper.REAL, System::nanoTime);
    }

    public UsageMeter(UsageCaps caps, Sleeper sleeper, LongSupplier nanoClock) {
        this.caps = caps;
        this.sleeper = sleeper;
        this.nanoClock = nanoClock;
    }

    /** Admits one HTTP request, waiting for the rate limit if needed. */
    public synchronized void beforeRequest() throws InterruptedException {
        long tokens = tokensIn + tokensOut;
        if (tokens >= caps.maxTotalTokens()) {
            throw new BudgetExhaustedException("LLM token cap of " + caps.maxTotalTokens() + " reached (" + tokens
                    + " tokens used); no new requests are made");
        }
        if (costUsd >= caps.maxCostUsd()) {
            throw new BudgetExhaustedException(String.format(Locale.ROOT,
                    "LLM cost cap of $%.4f reached ($%.4f estimated); no new requests are made",
                    caps.maxCostUsd(), costUsd));
        }
        if (caps.requestsPerMinute() > 0) {
            forgetOlderThanAMinute();
            if (recentRequests.size() >= caps.requestsPerMinute()) {
                long wait = recentRequests.peekFirst() + MINUTE_NANOS - nanoClock.getAsLong();
                sleeper.sleep(Duration.ofNanos(Math.max(wait, 0)));
                forgetOlderThanAMinute();
                // A clock that did not move as far as promised still frees the oldest slot: we waited for it.
                if (recentRequests.size() >= caps.requestsPerMinute()) {
                    recentRequests.pollFirst();
                }
            }
            recentRequests.addLast(nanoClock.getAsLong());
        }
        requests++;
    }

    /** Books the tokens of a reply; returns its estimated cost. */
    public synchronized double afterReply(long in, long out, Pricing pricing) {
        double cost = pricing.cost(in, out);
        tokensIn += in;
        tokensOut += out;
        costUsd += cost;
        return cost;
    }

    public synchronized long requests() {
        return requests;
    }

    public synchronized long tokensIn() {
        return tokensIn;
    }

    public synchronized long tokensOut() {
        return tokensOut;
    }

    public synchronized double costUsd() {
        return costUsd;
    }

    private void forgetOlderThanAMinute() {
        long now = nanoClock.getAsLong();
        while (!recentRequests.isEmpty() && now - recentRequests.peekFirst() >= MINUTE_NANOS) {
            recentRequests.pollFirst();
        }
    }
}
