package org.adainit.jobs.grid;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the {@code llm} generator reaches its model. The API key is never here: only the name of the environment
 * variable that holds it.
 *
 * @param endpoint OpenAI-compatible base URL; null means {@code --endpoint} or {@code ADAINIT_LLM_ENDPOINT} decides
 * @param cacheDirectory the response cache on every executor; null means the per-user {@code ~/.cache/adainit/llm}
 * @param sampling (temperature, top_p) per dataset external name
 */
public record LlmSpec(
        String endpoint, String model, String apiKeyEnv, String cacheDirectory, Map<String, Sampling> sampling)
        implements Serializable {

    public LlmSpec {
        sampling = new TreeMap<>(sampling);
    }

    LlmSpec withEndpoint(String replacement) {
        return new LlmSpec(replacement, model, apiKeyEnv, cacheDirectory, sampling);
    }
}
