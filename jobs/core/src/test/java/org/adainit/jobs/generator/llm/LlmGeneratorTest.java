package org.adainit.jobs.generator.llm;

import static org.adainit.jobs.testing.FakeChatServer.Reply.completion;
import static org.adainit.jobs.testing.FakeChatServer.Reply.error;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.adainit.jobs.generator.LlmGenerators;
import org.adainit.jobs.prompt.PromptTemplate;
import org.adainit.jobs.search.ModelUsage;
import org.adainit.jobs.search.ParseStatus;
import org.adainit.jobs.search.ProposalFailure;
import org.adainit.jobs.search.PromptVariant;
import org.adainit.jobs.search.Proposal;
import org.adainit.jobs.search.SearchContext;
import org.adainit.jobs.testing.FakeChatServer;
import org.adainit.simulator.init.UniformInitialiser;
import org.adainit.simulator.qnn.QnnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code llm} generator against a real HTTP server on 127.0.0.1 speaking the chat-completions protocol. */
class LlmGeneratorTest {

    private static final QnnShape SHAPE = new QnnShape(2, 1, 2);
    private static final long CELL_SEED = 11L;
    static final String GOOD =
            "{'l0': [[[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]], 'l1': [[0.7, 0.8], [0.9, 1.0]], 'l2': [1.1, 1.2]}";
    static final double[] GOOD_VALUES = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2};
    private static final String WRONG_SHAPE =
            "{'l0': [[[0.1, 0.2, 0.3]]], 'l1': [[0.7, 0.8], [0.9, 1.0]], 'l2': [1.1, 1.2]}";

    @TempDir
    Path cache;

    private final List<Duration> waits = new ArrayList<>();
    private final Sleeper recordingSleeper = waits::add;

    private static LlmSettings settings(FakeChatServer server) {
        return LlmSettings.of(server.baseUrl(), "fake-model")
                .withSampling(OptionalDouble.of(0.5), OptionalDouble.of(0.9))
                .withLimits(1024, Duration.ofSeconds(2))
                .withRetry(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(5)), 4)
                .withPricing(new Pricing(2.5, 10.0));
    }

    private LlmGenerator generator(LlmSettings settings) {
        ChatService chat = LlmGenerators.cachedLiveChat(settings, cache, new UsageMeter(UsageCaps.NONE), 3,
                Map.of("OPENAI_API_KEY", "sk-test-key")::get, recordingSleeper);
        return new LlmGenerator(settings, PromptTemplate.bundled(), PromptVariant.FULL, chat);
    }

    static SearchContext context(int iteration) {
        return new SearchContext(SHAPE, UniformInitialiser.standard(), Optional.of("Iris, two classes."),
                Optional.empty(), iteration, 10, CELL_SEED);
    }

    private Proposal proposeOnce(FakeChatServer server) {
        try (LlmGenerator g = generator(settings(server))) {
            return g.propose(context(1));
        }
    }

    private static String lastUserMessage(JsonNode request) {
        JsonNode messages = request.get("messages");
        return messages.get(messages.size() - 1).get("content").asText();
    }

    @Test
    void goodDictionaryIsUsedAsIsAndTheRequestCarriesTheSettings() throws IOException {
        try (FakeChatServer server = FakeChatServer.scripted(completion(GOOD))) {
            Proposal p = proposeOnce(server);

            assertEquals(ParseStatus.OK, p.parseStatus());
            assertEquals(0, p.retries());
            assertArrayEquals(GOOD_VALUES, p.parameters().values());
            assertEquals("fake-model-2025", p.model());
            assertTrue(p.responseId().startsWith("chatcmpl-"), p.responseId());
            assertEquals(1000, p.tokensIn());
            assertEquals(200, p.tokensOut());
            assertEquals((1000 * 2.5 + 200 * 10.0) / 1e6, p.costUsd(), 1e-15);

            JsonNode body = server.requests().get(0);
            assertEquals("fake-model", body.get("model").asText());
            assertEquals(0.5, body.get("temperature").asDouble());
            assertEquals(0.9, body.get("top_p").asDouble());
            assertEquals(settings(server).requestSeed(CELL_SEED, 1), body.get("seed").asLong());
            assertEquals(1024, body.get("max_completion_tokens").asInt());
            assertEquals("json_schema", body.get("response_format").get("type").asText());
            assertTrue(body.get("response_format").get("json_schema").get("strict").asBoolean());
            assertTrue(lastUserMessage(body).contains("nlayers=1, nqubits=2, nrot=3, out_dim=2"));
            assertEquals("Bearer sk-test-key", server.requestHeaders().get(0).getFirst("Authorization"));
        }
    }

    @Test
    void fencedJsonIsParsed() throws IOException {
        String fenced = "```json\n" + GOOD.replace('\'', '"') + "\n```";
        try (FakeChatServer server = FakeChatServer.scripted(completion(fenced))) {
            Proposal p = proposeOnce(server);
            assertEquals(ParseStatus.OK, p.parseStatus());
            assertArrayEquals(GOOD_VALUES, p.parameters().values());
        }
    }

    @Test
    void pythonDictionaryWithSingleQuotesIsParsed() throws IOException {
        try (FakeChatServer server = FakeChatServer.scripted(completion("Sure! " + GOOD))) {
            Proposal p = proposeOnce(server);
            assertEquals(ParseStatus.OK, p.parseStatus());
            assertEquals(1, server.calls());
        }
    }

    @Test
    void wrongShapesAreRepairedByReAskingWithTheConcreteError() throws IOException {
        try (FakeChatServer server = FakeChatServer.scripted(completion(WRONG_SHAPE), completion(GOOD))) {
            Proposal p = proposeOnce(server);

            assertEquals(ParseStatus.REPAIRED, p.parseStatus());
            assertEquals(1, p.retries());
            assertArrayEquals(GOOD_VALUES, p.parameters().values());
            JsonNode repair = server.requests().get(1);
            assertEquals(3, repair.get("messages").size(), "prompt, the bad reply, the correction");
            assertEquals(WRONG_SHAPE, repair.get("messages").get(1).get("content").asText());
            assertTrue(lastUserMessage(repair).contains("l0[0] has length 1, expected 2"), lastUserMessage(repair));
            assertEquals(2000, p.tokensIn(), "tokens add up over both requests");
        }
    }

    @Test
    void nanThenStringsFallToTheOneTensorAtATimeStep() throws IOException {
        try (FakeChatServer server = FakeChatServer.scripted(
                completion(GOOD.replace("0.5", "float('nan')").replace("0.2", "nan")),
                completion(GOOD.replace("0.7", "'0.7'")),
                completion("{'l0': [[[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]]}"),
                completion("[[0.7, 0.8], [0.9, 1.0]]"),
                completion("```python\n{'l2': [1.1, 1.2]}\n```"))) {
            Proposal p = proposeOnce(server);

            assertEquals(ParseStatus.PER_TENSOR, p.parseStatus());
            assertEquals(4, p.retries());
            assertArrayEquals(GOOD_VALUES, p.parameters().values());
            List<JsonNode> requests = server.requests();
            assertTrue(lastUserMessage(requests.get(1)).contains("l0[0][0][1] is NaN"), lastUserMessage(requests.get(1)));
            for (int i = 0; i < 3; i++) {
                String key = "l" + i;
                assertTrue(lastUserMessage(requests.get(2 + i)).contains("Print only the dictionary {'" + key + "'"));
                assertEquals(List.of(key), fieldNames(requests.get(2 + i).get("response_format").get("json_schema")
                        .get("schema").get("properties")));
            }
        }
    }

    @Test
    void truncatedRepliesEndInALoggedDrawFromThePriorWhenTheLadderFails() throws IOException {
        String cut = GOOD.substring(0, 30);
        FakeChatServer.Reply truncated = completion(cut, "length");
        try (FakeChatServer server = FakeChatServer.scripted(truncated, truncated, truncated, truncated, truncated)) {
            Proposal p = proposeOnce(server);

            assertEquals(ParseStatus.PRIOR_FALLBACK, p.parseStatus());
            assertEquals(2, p.retries(), "re-ask, then the per-tensor step stops at its first unusable reply");
            assertEquals(3, server.calls());
            assertEquals(SHAPE, p.parameters().shape());
            for (double v : p.parameters().values()) {
                assertTrue(v >= 0 && v < 1, "drawn from U(0,1): " + v);
            }
            assertTrue(lastUserMessage(server.requests().get(1)).contains("max-tokens limit"));
        }
    }

    @Test
    void priorFallbackIsReproducibleFromTheCellSeedAndIteration() throws IOException {
        try (FakeChatServer server = new FakeChatServer(request -> completion("no idea"))) {
            LlmSettings noRepair = settings(server).withRetry(RetryPolicy.DEFAULT, 0);
            Proposal a;
            Proposal b;
            Proposal c;
            try (LlmGenerator g = generator(noRepair)) {
                a = g.propose(context(1));
                c = g.propose(context(2));
            }
            try (LlmGenerator g = generator(noRepair)) {
                b = g.propose(context(1));
            }
            assertEquals(ParseStatus.PRIOR_FALLBACK, a.parseStatus());
            assertEquals(0, a.retries());
            List<Long> seeds = server.requests().stream().map(r -> r.get("seed").asLong()).toList();
            assertEquals(2, seeds.size(), "the second generator's iteration 1 came from the cache");
            assertNotEquals(seeds.get(0), seeds.get(1), "a new iteration sends a new seed");
            assertEquals(a.parameters(), b.parameters());
            assertNotEquals(a.parameters(), c.parameters());
        }
    }

    @Test
    void emptyReplyIsReAskedWithoutEchoingIt() throws IOException {
        try (FakeChatServer server = FakeChatServer.scripted(completion(""), completion(GOOD))) {
            Proposal p = proposeOnce(server);

            assertEquals(ParseStatus.REPAIRED, p.parseStatus());
            assertEquals(1, p.retries());
            JsonNode repair = server.requests().get(1);
            assertEquals(2, repair.get("messages").size());
            assertTrue(lastUserMessage(repair).contains("the reply was empty"));
        }
    }

    @Test
    void rateLimitIsRetriedAfterTheServersRetryAfter() throws IOException {
        try (FakeChatServer server = FakeChatServer.scripted(
                error(429, "slow down").withHeader("Retry-After", "2"), completion(GOOD))) {
            Proposal p = proposeOnce(server);

            assertEquals(ParseStatus.OK, p.parseStatus());
            assertEquals(1, p.retries());
            assertEquals(List.of(Duration.ofSeconds(2)), waits);
        }
    }

    @Test
    void serverErrorIsRetriedWithJitteredExponentialBackoff() throws IOException {
        try (FakeChatServer server = FakeChatServer.scripted(error(500, "boom"), error(503, "busy"), completion(GOOD))) {
            Proposal p = proposeOnce(server);

            assertEquals(ParseStatus.OK, p.parseStatus());
            assertEquals(2, p.retries());
            assertEquals(2, waits.size());
            assertBetween(waits.get(0), 50, 100);
            assertBetween(waits.get(1), 100, 200);
        }
    }

    @Test
    void replySlowerThanTheTimeoutIsRetried() throws IOException {
        try (FakeChatServer server = FakeChatServer.scripted(completion(GOOD).delayedBy(8_000), completion(GOOD))) {
            Proposal p = proposeOnce(server);

            assertEquals(ParseStatus.OK, p.parseStatus());
            assertEquals(1, p.retries());
            assertEquals(2, server.calls());
        }
    }

    @Test
    void persistentServerErrorsFailWithTheEndpointAndStatusNamed() throws IOException {
        try (FakeChatServer server = new FakeChatServer(request -> error(502, "bad gateway"))) {
            ProposalFailure e = assertThrows(ProposalFailure.class, () -> proposeOnce(server));

            assertEquals(4, server.calls(), "first attempt + 3 retries");
            assertInstanceOf(LlmCallException.class, e.getCause());
            assertEquals(new ModelUsage(4, 0, 0, 0.0), e.spent(), "every unanswered request is accounted for");
            assertTrue(e.getMessage().contains(server.baseUrl()), e.getMessage());
            assertTrue(e.getMessage().contains("HTTP 502"), e.getMessage());
            assertTrue(e.getMessage().contains("gave up after 3 retries"), e.getMessage());
        }
    }

    @Test
    void aSuccessfulStatusCarryingATransientErrorIsRetried() throws IOException {
        FakeChatServer.Reply overloaded = new FakeChatServer.Reply(200, Map.of(),
                "{\"error\":{\"message\":\"upstream model overloaded\",\"type\":\"server_error\",\"code\":503}}", 0);
        try (FakeChatServer server = FakeChatServer.scripted(overloaded, completion(GOOD))) {
            Proposal p = proposeOnce(server);

            assertEquals(ParseStatus.OK, p.parseStatus());
            assertEquals(2, server.calls());
            assertEquals(1, p.retries(), "the error reply counts as a retried request");
        }
    }

    @Test
    void aSuccessfulStatusCarryingAPermanentErrorFailsWithTheServersMessage() throws IOException {
        FakeChatServer.Reply unknownModel = new FakeChatServer.Reply(200, Map.of(), "{\"error\":{\"message\":"
                + "\"The model fake-model does not exist\",\"type\":\"invalid_request_error\",\"code\":"
                + "\"model_not_found\"}}", 0);
        try (FakeChatServer server = FakeChatServer.scripted(unknownModel)) {
            ProposalFailure e = assertThrows(ProposalFailure.class, () -> proposeOnce(server));

            assertEquals(1, server.calls(), "not retried");
            assertTrue(e.getMessage().contains("The model fake-model does not exist"), e.getMessage());
            assertTrue(e.getMessage().contains("HTTP 200 with an error"), e.getMessage());
            assertEquals(1, e.spent().requests());
        }
    }

    @Test
    void aPlainTextErrorBodyIsShownInsteadOfUnknown() throws IOException {
        FakeChatServer.Reply gateway = new FakeChatServer.Reply(503, Map.of("Content-Type", "text/plain"),
                "upstream connect error or disconnect/reset before headers", 0);
        try (FakeChatServer server = new FakeChatServer(request -> gateway)) {
            ProposalFailure e = assertThrows(ProposalFailure.class, () -> proposeOnce(server));

            assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
            assertTrue(e.getMessage().contains("upstream connect error or disconnect/reset before headers"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("Unknown"), e.getMessage());
            assertEquals(4, e.spent().requests(), "retried as any 503");
        }
    }

    @Test
    void rejectedKeyFailsAtOnceNamingTheVariableButNotTheKey() throws IOException {
        try (FakeChatServer server = new FakeChatServer(request -> error(401, "Incorrect API key sk-test-key"))) {
            ProposalFailure e = assertThrows(ProposalFailure.class, () -> proposeOnce(server));

            assertEquals(1, server.calls());
            assertEquals(1, e.spent().requests());
            assertTrue(e.getMessage().contains("$OPENAI_API_KEY"), e.getMessage());
            assertFalse(e.getMessage().contains("sk-test-key"), e.getMessage());
        }
    }

    @Test
    void endpointWithoutJsonSchemaSupportIsAskedInPlainTextFromThenOn() throws IOException {
        try (FakeChatServer server = new FakeChatServer(request -> request.has("response_format")
                ? error(400, "response_format json_schema is not supported")
                : completion(GOOD))) {
            try (LlmGenerator g = generator(settings(server))) {
                Proposal first = g.propose(context(1));
                Proposal second = g.propose(context(2));

                assertEquals(ParseStatus.OK, first.parseStatus());
                assertEquals(1, first.retries(), "the rejected schema request counts");
                assertEquals(0, second.retries());
            }
            List<Boolean> schemaSent = server.requests().stream().map(r -> r.has("response_format")).toList();
            assertEquals(List.of(true, false, false), schemaSent);
        }
    }

    @Test
    void structuredOutputOffSendsNoSchema() throws IOException {
        try (FakeChatServer server = FakeChatServer.scripted(completion(GOOD))) {
            try (LlmGenerator g = generator(settings(server).withStructuredOutput(StructuredOutput.OFF))) {
                assertEquals(ParseStatus.OK, g.propose(context(1)).parseStatus());
            }
            assertFalse(server.requests().get(0).has("response_format"));
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void assertBetween(Duration d, long lowMillis, long highMillis) {
        assertTrue(d.toMillis() >= lowMillis && d.toMillis() <= highMillis, d + " not in [" + lowMillis + ", "
                + highMillis + "] ms");
    }
}
