package org.adainit.jobs.generator;

import java.nio.file.Path;
import java.util.function.Function;
import org.adainit.jobs.generator.cache.CachingChatService;
import org.adainit.jobs.generator.cache.ReplayChatService;
import org.adainit.jobs.generator.cache.ResponseStore;
import org.adainit.jobs.generator.llm.ChatService;
import org.adainit.jobs.generator.llm.LlmGenerator;
import org.adainit.jobs.generator.llm.LlmSettings;
import org.adainit.jobs.generator.llm.OpenAiTransport;
import org.adainit.jobs.generator.llm.RetryingChatService;
import org.adainit.jobs.generator.llm.Sleeper;
import org.adainit.jobs.generator.llm.UsageMeter;
import org.adainit.jobs.prompt.PromptTemplate;
import org.adainit.jobs.search.ParameterGenerator;
import org.adainit.jobs.search.PromptVariant;
import org.apache.commons.math3.random.Well19937c;

/** Assembles the {@code llm} and {@code replay} generators from their parts. */
public final class LlmGenerators {

    private LlmGenerators() {}

    /** {@code ~/.cache/adainit/llm}: shared by every run of this user, so no reply is ever paid for twice. */
    public static Path defaultCacheDirectory() {
        return Path.of(System.getProperty("user.home"), ".cache", "adainit", "llm");
    }

    /**
     * The {@code llm} generator: the endpoint in {@code settings}, its replies cached in {@code cacheDirectory}.
     *
     * @param meter shared by all generators of the process so the caps hold for all of them together
     * @param jitterSeed seeds the backoff jitter (delays only, never results)
     */
    public static ParameterGenerator llm(LlmSettings settings, PromptTemplate template, PromptVariant variant,
            Path cacheDirectory, UsageMeter meter, long jitterSeed) {
        ChatService chat = cachedLiveChat(settings, cacheDirectory, meter, jitterSeed, System::getenv, Sleeper.REAL);
        return new LlmGenerator(settings, template, variant, chat);
    }

    /** The {@code replay} generator: the replies an {@code llm} run stored in {@code cacheDirectory}, nothing else. */
    public static ParameterGenerator replay(
            LlmSettings settings, PromptTemplate template, PromptVariant variant, Path cacheDirectory) {
        return new LlmGenerator(settings, template, variant,
                new ReplayChatService(new ResponseStore(cacheDirectory), settings));
    }

    /** The live endpoint with retries and caps, behind the response cache. */
    public static ChatService cachedLiveChat(LlmSettings settings, Path cacheDirectory, UsageMeter meter,
            long jitterSeed, Function<String, String> environment, Sleeper sleeper) {
        ChatService live = new RetryingChatService(new OpenAiTransport(settings, environment), settings, meter,
                sleeper, new Well19937c(jitterSeed));
        return new CachingChatService(live, new ResponseStore(cacheDirectory), settings);
    }
}
