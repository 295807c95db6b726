package org.adainit.jobs.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.adainit.jobs.generator.GeneratorFactory.LlmConnection;
import org.adainit.jobs.generator.embedded.ProposalSupport;
import org.adainit.jobs.generator.llm.LlmSettings;
import org.adainit.jobs.generator.llm.UsageCaps;
import org.adainit.jobs.generator.llm.UsageMeter;
import org.adainit.jobs.prompt.PromptTemplate;
import org.adainit.jobs.search.ParameterGenerator;
import org.adainit.jobs.search.PromptVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one name-to-generator switch, as the grid's cells and the {@code search} command reach it. */
class GeneratorFactoryTest {

    @TempDir
    Path cache;

    @Test
    void theOfflineGeneratorsNeverAskForAnLlmConnection() throws Exception {
        Supplier<LlmConnection> none = () -> {
            throw new AssertionError("an offline generator asked for an LLM connection");
        };
        try (ParameterGenerator embedded =
                        GeneratorFactory.create(GeneratorName.EMBEDDED, PromptVariant.FULL, ProposalSupport.FREE, none);
                ParameterGenerator random =
                        GeneratorFactory.create(GeneratorName.RANDOM, null, ProposalSupport.FREE, none)) {
            assertEquals("embedded (not an LLM)", embedded.label());
            assertEquals("random", random.label());
            assertEquals("", random.promptVersion(), "no prompt is rendered for best-of-T prior draws");
        }
    }

    @Test
    void theLlmGeneratorsTalkThroughTheConnectionTheCallerGives() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        Supplier<LlmConnection> connection = () -> {
            asked.incrementAndGet();
            return new LlmConnection(LlmSettings.of("http://127.0.0.1:9/v1", "model-x"), PromptTemplate.bundled(),
                    cache, new UsageMeter(UsageCaps.NONE), 1);
        };
        try (ParameterGenerator llm = GeneratorFactory.create(
                        GeneratorName.LLM, PromptVariant.FULL, ProposalSupport.FREE, connection);
                ParameterGenerator replay =
                        GeneratorFactory.create(GeneratorName.REPLAY, PromptVariant.NO_FEEDBACK,
                                ProposalSupport.FREE, connection)) {
            assertEquals("llm:model-x", llm.label());
            // A replay is recorded as the llm run it replays, so its tables match that run's bit for bit.
            assertEquals("llm:model-x", replay.label());
            assertEquals(PromptTemplate.bundled().versionId(), llm.promptVersion());
        }
        assertEquals(2, asked.get(), "one connection per LLM generator");
    }
}
