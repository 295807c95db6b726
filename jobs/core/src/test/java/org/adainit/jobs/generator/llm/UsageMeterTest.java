package org.adainit.jobs.generator.llm;

import static org.adainit.jobs.testing.FakeChatServer.Reply.completion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.adainit.jobs.generator.LlmGenerators;
import org.adainit.jobs.prompt.PromptTemplate;
import org.adainit.jobs.search.ParseStatus;
import org.adainit.jobs.search.ProposalFailure;
import org.adainit.jobs.search.PromptVariant;
import org.adainit.jobs.testing.FakeChatServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Caps on tokens, cost and request rate. */
class UsageMeterTest {

    @TempDir
    Path cache;

    private LlmGenerator generator(LlmSettings settings, UsageMeter meter) {
        return new LlmGenerator(settings, PromptTemplate.bundled(), PromptVariant.FULL,
                LlmGenerators.cachedLiveChat(settings, cache, meter, 1, Map.<String, String>of()::get, d -> {}));
    }

    @Test
    void tokenCapStopsNewCallsCleanlyWhileCachedRepliesStillServe() throws IOException {
        try (FakeChatServer server = new FakeChatServer(request -> completion(LlmGeneratorTest.GOOD))) {
            LlmSettings settings = LlmSettings.of(server.baseUrl(), "fake-model");
            UsageMeter meter = new UsageMeter(new UsageCaps(1200, Double.POSITIVE_INFINITY, 0));
            try (LlmGenerator g = generator(settings, meter)) {
                assertEquals(ParseStatus.OK, g.propose(LlmGeneratorTest.context(1)).parseStatus());

                ProposalFailure e = assertThrows(ProposalFailure.class, () -> g.propose(LlmGeneratorTest.context(2)));
                assertInstanceOf(BudgetExhaustedException.class, e.getCause());
                assertTrue(e.getMessage().contains("token cap of 1200"), e.getMessage());
                assertEquals(0, e.spent().requests(), "the cap stopped the request before it was sent");
                assertEquals(1, server.calls());
                assertEquals(ParseStatus.OK, g.propose(LlmGeneratorTest.context(1)).parseStatus(), "cached");
            }
            assertEquals(1, meter.requests());
            assertEquals(1200, meter.tokensIn() + meter.tokensOut());
        }
    }

    @Test
    void costCapCountsEstimatedDollars() throws InterruptedException {
        UsageMeter meter = new UsageMeter(new UsageCaps(Long.MAX_VALUE, 0.01, 0));
        Pricing price = new Pricing(2.5, 10.0);
        meter.beforeRequest();
        assertEquals(0.0045, meter.afterReply(1000, 200, price), 1e-12);
        meter.beforeRequest();
        meter.afterReply(1000, 200, price);
        meter.beforeRequest();
        meter.afterReply(1000, 200, price);

        BudgetExhaustedException e = assertThrows(BudgetExhaustedException.class, meter::beforeRequest);
        assertTrue(e.getMessage().contains("$0.0100"), e.getMessage());
        assertEquals(3, meter.requests());
    }

    @Test
    void requestsPerMinuteWaitForTheOldestRequestToLeaveTheWindow() throws InterruptedException {
        AtomicLong clock = new AtomicLong();
        List<Duration> waits = new ArrayList<>();
        Sleeper advancingSleeper = d -> {
            waits.add(d);
            clock.addAndGet(d.toNanos());
        };
        UsageMeter meter = new UsageMeter(new UsageCaps(Long.MAX_VALUE, Double.POSITIVE_INFINITY, 2),
                advancingSleeper, clock::get);

        meter.beforeRequest();
        clock.addAndGet(Duration.ofSeconds(10).toNanos());
        meter.beforeRequest();
        clock.addAndGet(Duration.ofSeconds(5).toNanos());
        meter.beforeRequest();
        meter.beforeRequest();

        assertEquals(List.of(Duration.ofSeconds(45), Duration.ofSeconds(10)), waits);
        assertEquals(4, meter.requests());
    }
}
