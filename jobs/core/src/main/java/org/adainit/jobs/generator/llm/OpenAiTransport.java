package org.adainit.jobs.generator.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.Timeout;
import com.openai.core.http.Headers;
import com.openai.errors.BadRequestException;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.ResponseFormatJsonSchema;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.completions.CompletionUsage;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenAI Java SDK against any OpenAI-compatible base URL, one attempt per {@link #send}: the SDK's own retries
 * are off. Reads the API key from the environment variable the settings name and keeps it out of every message.
 * With structured output {@code auto} a 400 to a schema request switches this client to plain text for good.
 */
public final class OpenAiTransport implements ChatTransport {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiTransport.class);
    /** Sent when the variable is unset: local servers (vLLM, Ollama, llama.cpp) accept any key. */
    private static final String NO_KEY = "unset";
    private static final int MAX_SERVER_MESSAGE = 400;

    private final LlmSettings settings;
    private final String apiKey;
    private final OpenAIClient client;
    private volatile boolean schemaRejected;

    /** @param environment looks up environment variables, {@code System::getenv} outside tests */
    public OpenAiTransport(LlmSettings settings, Function<String, String> environment) {
        this.settings = settings;
        String key = environment.apply(settings.apiKeyEnv());
        this.apiKey = key == null || key.isBlank() ? NO_KEY : key;
        this.client = OpenAIOkHttpClient.builder()
                .baseUrl(settings.endpoint())
                .apiKey(apiKey)
                .maxRetries(0)
                .addInterceptor(new PlainErrorBodies())
                // No pooled connections: calls are seconds of training apart, servers close idle ones sooner
                // (uvicorn after 5 s, HTTP/1.0 servers at once), and the SDK does not retry a stale one silently.
                .maxIdleConnections(0)
                .keepAliveDuration(Duration.ofSeconds(1))
                .timeout(Timeout.builder()
                        .connect(settings.timeout())
                        .read(settings.timeout())
                        .write(settings.timeout())
                        .request(settings.timeout())
                        .build())
                .build();
    }

    @Override
    public ChatReply send(ChatRequest request) throws TransportFailure {
        boolean withSchema = request.schema().isPresent()
                && settings.structuredOutput() != StructuredOutput.OFF
                && !(settings.structuredOutput() == StructuredOutput.AUTO && schemaRejected);
        ChatCompletion completion;
        try {
            completion = client.chat().completions().create(params(request, withSchema));
        } catch (BadRequestException e) {
            if (withSchema && settings.structuredOutput() == StructuredOutput.AUTO) {
                schemaRejected = true;
                LOG.info("{} rejected the JSON-schema response format (HTTP 400); asking for plain text from now on",
                        settings.endpoint());
                throw new TransportFailure(describe(e), false, true, Optional.empty());
            }
            throw new TransportFailure(describe(e), false, false, Optional.empty());
        } catch (OpenAIServiceException e) {
            throw new TransportFailure(describe(e), TransportFailure.retryableStatus(e.statusCode()), false,
                    retryAfter(e.headers()));
        } catch (OpenAIIoException e) {
            throw new TransportFailure(redact(settings.endpoint() + " did not answer: " + rootMessage(e)), true, false,
                    Optional.empty());
        } catch (OpenAIInvalidDataException e) {
            throw new TransportFailure(notACompletion(e), false, false, Optional.empty());
        }
        return toReply(completion);
    }

    /** {@code seed} is deprecated by OpenAI but still honoured by vLLM, llama.cpp and others; the issue asks for it. */
    @SuppressWarnings("deprecation")
    private ChatCompletionCreateParams params(ChatRequest request, boolean withSchema) {
        ChatCompletionCreateParams.Builder b = ChatCompletionCreateParams.builder()
                .model(settings.model())
                .maxCompletionTokens(settings.maxTokens());
        for (ChatMessage m : request.messages()) {
            switch (m.role()) {
                case "user" -> b.addUserMessage(m.content());
                case "assistant" -> b.addAssistantMessage(m.content());
                case "system" -> b.addSystemMessage(m.content());
                default -> throw new IllegalArgumentException("unknown chat role " + m.role());
            }
        }
        settings.temperature().ifPresent(b::temperature);
        settings.topP().ifPresent(b::topP);
        request.seed().ifPresent(b::seed);
        if (withSchema) {
            ResponseSchema rs = request.schema().orElseThrow();
            ResponseFormatJsonSchema.JsonSchema.Schema.Builder schema =
                    ResponseFormatJsonSchema.JsonSchema.Schema.builder();
            rs.schema().forEach((k, v) -> schema.putAdditionalProperty(k, JsonValue.from(v)));
            b.responseFormat(ResponseFormatJsonSchema.builder()
                    .jsonSchema(ResponseFormatJsonSchema.JsonSchema.builder()
                            .name(rs.name())
                            .strict(true)
                            .schema(schema.build())
                            .build())
                    .build());
        }
        return b.build();
    }

    private ChatReply toReply(ChatCompletion completion) throws TransportFailure {
        Optional<ErrorInReply> error = Optional.ofNullable(completion._additionalProperties().get("error"))
                .flatMap(value -> ErrorInReply.of(value.convert(JsonNode.class)));
        if (error.isPresent()) {
            throw new TransportFailure(redact(settings.endpoint() + " answered HTTP 200 with an error for model "
                    + settings.model() + ": " + clip(error.get().message())), error.get().retryable(), false,
                    Optional.empty());
        }
        try {
            List<ChatCompletion.Choice> choices = completion.choices();
            String content = "";
            String finish = "";
            if (!choices.isEmpty()) {
                ChatCompletion.Choice first = choices.get(0);
                content = first.message().content().orElse("");
                finish = lenient(() -> first.finishReason().asString()).orElse("");
            }
            Optional<CompletionUsage> usage = lenient(() -> completion.usage().orElse(null));
            return new ChatReply(
                    content,
                    finish,
                    lenient(completion::id).orElse(""),
                    lenient(completion::model).orElse(settings.model()),
                    usage.map(CompletionUsage::promptTokens).orElse(0L),
                    usage.map(CompletionUsage::completionTokens).orElse(0L));
        } catch (OpenAIInvalidDataException e) {
            throw new TransportFailure(notACompletion(e), false, false, Optional.empty());
        }
    }

    /** Fields some compatible servers omit (id, finish reason, usage) must not lose an otherwise good reply. */
    private static <T> Optional<T> lenient(Supplier<T> field) {
        try {
            return Optional.ofNullable(field.get());
        } catch (OpenAIInvalidDataException e) {
            return Optional.empty();
        }
    }

    private String notACompletion(OpenAIException e) {
        return redact(settings.endpoint() + " sent a reply that is not a chat completion: " + rootMessage(e));
    }

    private String describe(OpenAIServiceException e) {
        String server = clip(String.valueOf(e.getMessage()));
        String hint = e.statusCode() == 401 || e.statusCode() == 403
                ? " (is the API key in $" + settings.apiKeyEnv() + " right for this endpoint?)"
                : "";
        return redact(settings.endpoint() + " answered HTTP " + e.statusCode() + " for model " + settings.model()
                + ": " + server + hint);
    }

    private static String clip(String serverText) {
        return serverText.length() > MAX_SERVER_MESSAGE ? serverText.substring(0, MAX_SERVER_MESSAGE) + "..." : serverText;
    }

    /** Servers may echo what they were sent; the key never leaves this class. */
    private String redact(String text) {
        return NO_KEY.equals(apiKey) ? text : text.replace(apiKey, "***");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? message : e.getMessage() + " (" + message + ")";
    }

    /** Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
    static Optional<Duration> retryAfter(Headers headers) {
        List<String> values = headers.values("retry-after");
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String value = values.get(0).trim();
        try {
            double seconds = Double.parseDouble(value);
            return seconds >= 0 ? Optional.of(Duration.ofMillis(Math.round(seconds * 1000))) : Optional.empty();
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
