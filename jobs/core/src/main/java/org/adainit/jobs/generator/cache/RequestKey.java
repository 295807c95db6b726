package org.adainit.jobs.generator.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.adainit.jobs.digest.Sha256;
import org.adainit.jobs.generator.llm.ChatMessage;
import org.adainit.jobs.generator.llm.ChatRequest;
import org.adainit.jobs.generator.llm.LlmSettings;

/**
 * Everything that determines a reply, and nothing secret: its SHA-256 is the reply's address in the
 * {@link ResponseStore}. The response format is left out on purpose: with structured output {@code auto} it depends
 * on what the endpoint accepted, which a replay cannot know in advance.
 *
 * @param temperature null when the endpoint's default applies
 * @param topP null when the endpoint's default applies
 * @param seed null when none was sent
 */
public record RequestKey(
        String endpoint,
        String model,
        Double temperature,
        Double topP,
        Long seed,
        int maxTokens,
        List<ChatMessage> messages,
        String attempt) {

    private static final ObjectMapper CANONICAL = new ObjectMapper();

    public RequestKey {
        messages = List.copyOf(messages);
    }

    public static RequestKey of(LlmSettings settings, ChatRequest request) {
        return new RequestKey(
                settings.endpoint(),
                settings.model(),
                settings.temperature().isPresent() ? settings.temperature().getAsDouble() : null,
                settings.topP().isPresent() ? settings.topP().getAsDouble() : null,
                request.seed().isPresent() ? request.seed().getAsLong() : null,
                settings.maxTokens(),
                request.messages(),
                request.attempt());
    }

    /** SHA-256 of the canonical JSON of this key (record components in declaration order). */
    public String sha256() {
        try {
            return Sha256.hex(CANONICAL.writeValueAsString(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request key is plain data and always serialises", e);
        }
    }
}
