package org.adainit.jobs.generator.llm;

import java.time.Duration;
import org.apache.commons.math3.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live endpoint: every HTTP attempt is admitted by the {@link UsageMeter}, retryable failures are retried per
 * the {@link RetryPolicy} (the server's Retry-After first, else seeded exponential backoff with jitter), and the
 * reply's tokens are booked. A call that fails says how many requests it sent, so they are accounted for too.
 */
public final class RetryingChatService implements ChatService {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingChatService.class);

    private final ChatTransport transport;
    private final LlmSettings settings;
    private final UsageMeter meter;
    private final Sleeper sleeper;
    private final RandomGenerator jitter;

    /** @param jitter seeded source of backoff jitter; only delays depend on it, never results */
    public RetryingChatService(
            ChatTransport transport, LlmSettings settings, UsageMeter meter, Sleeper sleeper, RandomGenerator jitter) {
        this.transport = transport;
        this.settings = settings;
        this.meter = meter;
        this.sleeper = sleeper;
        this.jitter = jitter;
    }

    @Override
    public ChatOutcome complete(ChatRequest request) {
        long start = System.nanoTime();
        RetryPolicy policy = settings.retry();
        int retries = 0;
        int sent = 0;
        try {
            while (true) {
                try {
                    meter.beforeRequest();
                } catch (BudgetExhaustedException e) {
                    throw new BudgetExhaustedException(e.getMessage(), sent);
                }
                sent++;
                try {
                    ChatReply reply = transport.send(request);
                    double cost = meter.afterReply(reply.tokensIn(), reply.tokensOut(), settings.pricing());
                    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
                    return new ChatOutcome(reply, retries, millis, cost, false);
                } catch (TransportFailure failure) {
                    if (failure.schemaRejected()) {
                        retries++;
                        continue;
                    }
                    if (!failure.retryable()) {
                        throw new LlmCallException(failure.getMessage() + " [" + request.attempt() + "]", sent);
                    }
                    if (retries >= policy.maxRetries()) {
                        throw new LlmCallException(failure.getMessage() + " [" + request.attempt() + "; gave up after "
                                + retries + " retries]", sent);
                    }
                    Duration wait;
                    if (failure.retryAfter().isPresent()) {
                        wait = failure.retryAfter().get();
                        if (wait.compareTo(policy.maxDelay()) > 0) {
                            throw new LlmCallException(failure.getMessage() + " [" + request.attempt()
                                    + "; the server asks to retry after " + wait.toSeconds()
                                    + " s, longer than the maximum wait of " + policy.maxDelay().toSeconds() + " s]",
                                    sent);
                        }
                    } else {
                        wait = policy.backoff(retries, jitter);
                    }
                    LOG.warn("{}; retry {} of {} in {} ms", failure.getMessage(), retries + 1, policy.maxRetries(),
                            wait.toMillis());
                    sleeper.sleep(wait);
                    retries++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmCallException("interrupted while waiting to call " + settings.endpoint() + " ["
                    + request.attempt() + "]", sent);
        }
    }

    @Override
    public void close() {
        transport.close();
    }
}
