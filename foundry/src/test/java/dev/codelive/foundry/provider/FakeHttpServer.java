package dev.codelive.foundry.provider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A local HTTP server scripted per test: each route answers with its replies in turn and repeats the last one, and
 * every request is recorded. Unscripted routes answer 404, as a real API would.
 */
final class FakeHttpServer implements AutoCloseable {

    /** A request as the server saw it; header names lower-cased. */
    record Received(String method, String path, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** One scripted answer. */
    record Reply(int status, Map<String, String> headers, byte[] body) {
        static Reply json(int status, String json, String... headerPairs) {
            Map<String, String> headers = new TreeMap<>(pairs(headerPairs));
            headers.put("Content-Type", "application/json");
            return new Reply(status, headers, json.getBytes(StandardCharsets.UTF_8));
        }

        /** Sent without Content-Length (chunked), as a server streaming a file of unknown size would. */
        static Reply chunked(String contentType, byte[] body) {
            return bytes(200, contentType, body, CHUNKED, "yes");
        }

        static Reply bytes(int status, String contentType, byte[] body, String... headerPairs) {
            Map<String, String> headers = new TreeMap<>(pairs(headerPairs));
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return new Reply(status, headers, body);
        }

        private static Map<String, String> pairs(String... pairs) {
            Map<String, String> map = new TreeMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                map.put(pairs[i], pairs[i + 1]);
            }
            return map;
        }
    }

    private static final String CHUNKED = "X-Fake-Chunked";

    private final HttpServer server;
    private final Map<String, Deque<Reply>> routes = new ConcurrentHashMap<>();
    private final Map<String, Consumer<Received>> listeners = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    FakeHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** Scripts {@code method path}: the replies in turn, then the last one again and again. */
    FakeHttpServer on(String method, String path, Reply... replies) {
        routes.put(method + " " + path, new ConcurrentLinkedDeque<>(List.of(replies)));
        return this;
    }

    /** Runs {@code listener} when {@code method path} is requested, before it is answered. */
    FakeHttpServer whenCalled(String method, String path, Consumer<Received> listener) {
        listeners.put(method + " " + path, listener);
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> received(String method, String path) {
        return received.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    /** A URL on a port where nothing listens: connecting is refused. */
    static String closedPortUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            String path = exchange.getRequestURI().getRawPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Received request = new Received(exchange.getRequestMethod(), path, headers, body);
            received.add(request);
            String key = request.method() + " " + path;
            Consumer<Received> listener = listeners.get(key);
            if (listener != null) {
                listener.accept(request);
            }
            Deque<Reply> script = routes.get(key);
            Reply reply = script == null ? Reply.json(404, "{\"detail\":\"Not found\"}") : script.size() > 1 ? script.poll() : script.peek();
            reply.headers().forEach((name, value) -> {
                if (!name.equals(CHUNKED)) {
                    exchange.getResponseHeaders().add(name, value);
                }
            });
            boolean empty = reply.body().length == 0;
            exchange.sendResponseHeaders(reply.status(), empty ? -1 : reply.headers().containsKey(CHUNKED) ? 0 : reply.body().length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        }
    }

    /** The requests so far, for assertion messages. */
    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        received.forEach(r -> lines.add(r.method() + " " + r.path()));
        return "FakeHttpServer" + lines;
    }
}
