package org.adainit.jobs.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A chat-completions server on 127.0.0.1 (port chosen by the OS) that answers from a script or a function of the
 * request, and records every request body and header.
 */
public final class FakeChatServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted HTTP answer. */
    public record Reply(int status, Map<String, String> headers, String body, long delayMillis) {

        /** A 200 chat completion with {@code content} and finish reason {@code stop}. */
        public static Reply completion(String content) {
            return completion(content, "stop");
        }

        public static Reply completion(String content, String finishReason) {
            ObjectNode body = JSON.createObjectNode();
            body.put("id", "chatcmpl-" + Integer.toHexString(content.hashCode()));
            body.put("object", "chat.completion");
            body.put("created", 1_700_000_000);
            body.put("model", "fake-model-2025");
            ObjectNode choice = body.putArray("choices").addObject();
            choice.put("index", 0);
            ObjectNode message = choice.putObject("message");
            message.put("role", "assistant");
            message.put("content", content);
            choice.put("finish_reason", finishReason);
            ObjectNode usage = body.putObject("usage");
            usage.put("prompt_tokens", 1000);
            usage.put("completion_tokens", 200);
            usage.put("total_tokens", 1200);
            return new Reply(200, Map.of(), body.toString(), 0);
        }

        public static Reply error(int status, String message) {
            return new Reply(status, Map.of(),
                    "{\"error\":{\"message\":\"" + message + "\",\"type\":\"test_error\",\"code\":null}}", 0);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> all = new java.util.HashMap<>(headers);
            all.put(name, value);
            return new Reply(status, all, body, delayMillis);
        }

        public Reply delayedBy(long millis) {
            return new Reply(status, headers, body, millis);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Function<JsonNode, Reply> responder;
    private final List<JsonNode> requests = new ArrayList<>();
    private final List<Headers> requestHeaders = new ArrayList<>();

    public FakeChatServer(Function<JsonNode, Reply> responder) throws IOException {
        this.responder = responder;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Answers with {@code replies} in order; past the end, with HTTP 418 so the test fails loudly. */
    public static FakeChatServer scripted(Reply... replies) throws IOException {
        Deque<Reply> queue = new ArrayDeque<>(List.of(replies));
        return new FakeChatServer(request -> {
            synchronized (queue) {
                return queue.isEmpty() ? Reply.error(418, "script exhausted") : queue.pollFirst();
            }
        });
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public synchronized int calls() {
        return requests.size();
    }

    public synchronized List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<Headers> requestHeaders() {
        return List.copyOf(requestHeaders);
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        synchronized (this) {
            requests.add(body);
            requestHeaders.add(exchange.getRequestHeaders());
        }
        Reply reply = responder.apply(body);
        if (reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.close();
                return;
            }
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        try {
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
