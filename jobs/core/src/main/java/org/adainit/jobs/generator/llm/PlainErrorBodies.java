package org.adainit.jobs.generator.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Keeps the server's words on an error. The SDK reads an error's message only from the OpenAI error object
 * ({@code {"error": {"message": ...}}}) and says "Unknown" otherwise, but proxies, gateways and overloaded servers often
 * answer 502, 503 or 504 with plain text or HTML; such a body is wrapped into that object, so the message names it.
 */
final class PlainErrorBodies implements Interceptor {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Enough for any message worth showing; the SDK's message is cut shorter anyway. */
    private static final long MAX_BYTES = 4096;

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.isSuccessful() || response.body() == null) {
            return response;
        }
        String text = response.peekBody(MAX_BYTES).string().strip();
        if (isErrorObject(text)) {
            return response;
        }
        ObjectNode wrapped = JSON.createObjectNode();
        wrapped.putObject("error").put("message", text.isEmpty()
                ? "(no message; HTTP status text: " + (response.message().isEmpty() ? "none" : response.message()) + ")"
                : text);
        return response.newBuilder()
                .body(ResponseBody.create(wrapped.toString(), MediaType.get("application/json")))
                .build();
    }

    private static boolean isErrorObject(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.path("error").isObject();
        } catch (IOException notJson) {
            return false;
        }
    }
}
