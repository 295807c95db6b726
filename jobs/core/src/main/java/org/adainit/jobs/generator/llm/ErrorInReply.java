package org.adainit.jobs.generator.llm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code error} object some OpenAI-compatible proxies and gateways send with HTTP 200 instead of a completion
 * (the error schema of the OpenAI API reference: message, type, code). Transient when its code is a retryable HTTP
 * status or its type or code names an overload, a rate limit, a timeout or a server error.
 */
record ErrorInReply(String message, boolean retryable) {

    private static final String[] TRANSIENT_WORDS = {"server_error", "rate_limit", "overloaded", "timeout",
        "unavailable", "try again"};

    static Optional<ErrorInReply> of(JsonNode error) {
        if (error == null || error.isNull() || error.isMissingNode()) {
            return Optional.empty();
        }
        String message = error.isTextual() ? error.asText() : error.path("message").asText(error.toString());
        JsonNode code = error.path("code");
        boolean transientStatus = code.canConvertToInt() && TransportFailure.retryableStatus(code.asInt());
        String words = (error.path("type").asText("") + " " + code.asText("") + " " + message)
                .toLowerCase(Locale.ROOT);
        boolean transientWord = false;
        for (String word : TRANSIENT_WORDS) {
            transientWord |= words.contains(word);
        }
        return Optional.of(new ErrorInReply(message, transientStatus || transientWord));
    }
}
