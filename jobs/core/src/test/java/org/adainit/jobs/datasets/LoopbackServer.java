package org.adainit.jobs.datasets;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A real HTTP server on 127.0.0.1 serving fixture files, broken ones included. */
public final class LoopbackServer implements AutoCloseable {

    private final HttpServer server;
    private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
    /** Released on close, so a handler that stalls on purpose ends with the test. */
    private final CountDownLatch closing = new CountDownLatch(1);

    public LoopbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "loopback-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** Base URL with a trailing slash, for use as a mirror. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Serves {@code body} at {@code /name} with status 200. */
    public LoopbackServer file(String name, byte[] body) {
        server.createContext("/" + name, exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        return this;
    }

    /** Answers {@code /name} with an error status and a short body. */
    public LoopbackServer status(String name, int status) {
        server.createContext("/" + name, exchange -> {
            byte[] body = "not here".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        return this;
    }

    /** Announces {@code body.length} bytes, sends the first {@code sent}, then stalls until the server closes. */
    LoopbackServer stalling(String name, byte[] body, int sent) {
        server.createContext("/" + name, exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, sent);
            out.flush();
            try {
                closing.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        return this;
    }

    /** Announces {@code body.length} bytes, sends the first {@code sent} and closes the connection. */
    LoopbackServer cutting(String name, byte[] body, int sent) {
        server.createContext("/" + name, exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, sent);
            out.flush();
            exchange.close();
        });
        return this;
    }

    /** Requests answered by {@link #file} routes so far. */
    public int fileRequests() {
        return requests.get();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
