package org.adainit.jobs.generator.cache;

import static org.adainit.jobs.testing.FakeChatServer.Reply.completion;
import static org.adainit.jobs.testing.FakeChatServer.Reply.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.generator.LlmGenerators;
import org.adainit.jobs.generator.llm.ChatService;
import org.adainit.jobs.generator.llm.LlmGenerator;
import org.adainit.jobs.generator.llm.LlmSettings;
import org.adainit.jobs.generator.llm.RetryPolicy;
import org.adainit.jobs.generator.llm.UsageCaps;
import org.adainit.jobs.generator.llm.UsageMeter;
import org.adainit.jobs.prompt.PromptTemplate;
import org.adainit.jobs.search.ParameterGenerator;
import org.adainit.jobs.search.ParseStatus;
import org.adainit.jobs.search.PromptVariant;
import org.adainit.jobs.search.ProposalFailure;
import org.adainit.jobs.search.Proposal;
import org.adainit.jobs.search.SearchContext;
import org.adainit.jobs.testing.FakeChatServer;
import org.adainit.simulator.init.UniformInitialiser;
import org.adainit.simulator.qnn.QnnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The response cache and replay: a re-run pays nothing and changes nothing. */
class ResponseCacheTest {

    private static final QnnShape SHAPE = new QnnShape(2, 1, 2);
    private static final String SECRET = "sk-SECRET-0123456789abcdef";
    private static final String GOOD =
            "{'l0': [[[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]], 'l1': [[0.7, 0.8], [0.9, 1.0]], 'l2': [1.1, 1.2]}";
    private static final String OTHER =
            "{'l0': [[[1.1, 1.2, 1.3], [1.4, 1.5, 1.6]]], 'l1': [[1.7, 1.8], [1.9, 2.0]], 'l2': [2.1, 2.2]}";

    @TempDir
    Path cache;

    private static LlmSettings settings(String endpoint) {
        return LlmSettings.of(endpoint, "fake-model")
                .withSampling(OptionalDouble.of(0.5), OptionalDouble.of(0.9))
                .withLimits(1024, Duration.ofSeconds(2))
                .withRetry(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofSeconds(5)), 4);
    }

    private ParameterGenerator live(LlmSettings settings) {
        ChatService chat = LlmGenerators.cachedLiveChat(settings, cache, new UsageMeter(UsageCaps.NONE), 1,
                Map.of("OPENAI_API_KEY", SECRET)::get, duration -> {});
        return new LlmGenerator(settings, PromptTemplate.bundled(), PromptVariant.FULL, chat);
    }

    private static SearchContext context(int iteration) {
        return new SearchContext(SHAPE, UniformInitialiser.standard(), Optional.of("Iris"), Optional.empty(), iteration,
                3, 42L);
    }

    /** Three iterations with identical prompts (nothing accepted), as after rejections. */
    private static List<Proposal> search(ParameterGenerator generator) {
        try (generator) {
            List<Proposal> out = new ArrayList<>();
            for (int t = 1; t <= 3; t++) {
                out.add(generator.propose(context(t)));
            }
            return out;
        }
    }

    private static FakeChatServer threeIterations() throws IOException {
        return FakeChatServer.scripted(
                error(429, "later").withHeader("Retry-After", "0"), completion(GOOD),
                completion("{'l0': []}"), completion(OTHER),
                completion(GOOD));
    }

    @Test
    void secondRunOfTheSameCellMakesNoHttpCallsAndGivesIdenticalRecords() throws IOException {
        try (FakeChatServer server = threeIterations()) {
            List<Proposal> first = search(live(settings(server.baseUrl())));
            assertEquals(5, server.calls());
            assertEquals(List.of(ParseStatus.OK, ParseStatus.REPAIRED, ParseStatus.OK),
                    first.stream().map(Proposal::parseStatus).toList());
            assertEquals(1, first.get(0).retries(), "the 429");

            List<Proposal> second = search(live(settings(server.baseUrl())));

            assertEquals(5, server.calls(), "no new HTTP call");
            assertEquals(first, second);
        }
    }

    @Test
    void replayReServesTheRecordedRunWithoutAnEndpointAndNamesWhatIsMissing() throws IOException {
        List<Proposal> recorded;
        LlmSettings settings;
        try (FakeChatServer server = threeIterations()) {
            settings = settings(server.baseUrl());
            recorded = search(live(settings));
        }
        ParameterGenerator replay = LlmGenerators.replay(settings, PromptTemplate.bundled(), PromptVariant.FULL, cache);
        assertEquals("llm:fake-model", replay.label(), "a replay is recorded as the llm run it re-serves");
        assertEquals(recorded, search(replay));

        ProposalFailure failure = assertThrows(ProposalFailure.class, () -> replay.propose(context(4)));
        ReplayMissException miss = assertInstanceOf(ReplayMissException.class, failure.getCause());
        assertEquals(0, failure.spent().requests(), "a replay sends nothing");
        assertTrue(miss.getMessage().contains("t=4"), miss.getMessage());
        assertTrue(miss.getMessage().contains(cache.toString()), miss.getMessage());
    }

    @Test
    void changedSamplingSettingsMissTheCache() throws IOException {
        try (FakeChatServer server = FakeChatServer.scripted(completion(GOOD), completion(OTHER))) {
            LlmSettings base = settings(server.baseUrl());
            try (ParameterGenerator g = live(base)) {
                g.propose(context(1));
            }
            Proposal hotter;
            try (ParameterGenerator g = live(base.withSampling(OptionalDouble.of(0.8), OptionalDouble.of(0.9)))) {
                hotter = g.propose(context(1));
            }
            assertEquals(2, server.calls());
            assertEquals(1.1, hotter.parameters().values()[0]);
        }
    }

    @Test
    void apiKeyReachesTheServerButNeitherTheCacheNorTheRecords() throws IOException {
        List<Proposal> proposals;
        try (FakeChatServer server = threeIterations()) {
            proposals = search(live(settings(server.baseUrl())));
            assertEquals("Bearer " + SECRET, server.requestHeaders().get(0).getFirst("Authorization"));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(cache)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertEquals(4, files.size(), "one entry per successful request");
        for (Path f : files) {
            assertFalse(Files.readString(f).contains(SECRET), f.toString());
        }
        assertFalse(proposals.toString().contains(SECRET));
        assertFalse(settings("http://127.0.0.1:1/v1").toString().contains(SECRET));
    }

    @Test
    void corruptEntryIsReportedByFileName() throws IOException {
        LlmSettings settings;
        try (FakeChatServer server = FakeChatServer.scripted(completion(GOOD))) {
            settings = settings(server.baseUrl());
            try (ParameterGenerator g = live(settings)) {
                g.propose(context(1));
            }
        }
        Path entry;
        try (Stream<Path> walk = Files.walk(cache)) {
            entry = walk.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        Files.writeString(entry, "{\"key\": \"trunc");

        try (ParameterGenerator replay =
                LlmGenerators.replay(settings, PromptTemplate.bundled(), PromptVariant.FULL, cache)) {
            InputException e = assertThrows(InputException.class, () -> replay.propose(context(1)));
            assertTrue(e.getMessage().contains(entry.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
        }
    }
}
