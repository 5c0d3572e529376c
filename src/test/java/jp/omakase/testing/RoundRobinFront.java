package jp.omakase.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The cluster tests' load balancer: plain HTTP on 127.0.0.1, each request to the next node in turn (no sticky
 * sessions, so consecutive requests of one browser land on different nodes), a node that refuses the connection (killed)
 * skipped as a balancer's health check would. It forwards the request as a reverse proxy does for Keycloak's
 * {@code --proxy-headers=xforwarded}: {@code Host} as the client sent it, {@code X-Forwarded-Host}, {@code -Proto},
 * {@code -Port}, and {@code X-Forwarded-For} (kept when the test sent one, to act as distinct clients).
 */
public final class RoundRobinFront implements AutoCloseable {

    static {
        // the node must see the Host the browser sent, as behind a real balancer
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding", "content-length",
            "upgrade", "expect", "host", "te", "trailer", "proxy-connection");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(32);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> nodes;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicIntegerArray served;

    private RoundRobinFront(HttpServer server, List<String> nodes) {
        this.server = server;
        this.nodes = List.copyOf(nodes);
        this.served = new AtomicIntegerArray(nodes.size());
    }

    /** A front on {@code port} over the nodes' base URLs ({@code http://127.0.0.1:<port>}). */
    public static RoundRobinFront start(int port, List<String> nodes) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
            RoundRobinFront front = new RoundRobinFront(server, nodes);
            server.createContext("/", front::forward);
            server.setExecutor(front.threads);
            server.start();
            return front;
        } catch (IOException e) {
            throw new IllegalStateException("front on port " + port, e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Requests each node answered so far (index as given at start). */
    public int served(int node) {
        return served.get(node);
    }

    private void forward(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            int first = Math.floorMod(next.getAndIncrement(), nodes.size());
            IOException failure = null;
            for (int i = 0; i < nodes.size(); i++) {
                int node = (first + i) % nodes.size();
                try {
                    HttpResponse<byte[]> r = http.send(request(ex, nodes.get(node), body), HttpResponse.BodyHandlers.ofByteArray());
                    served.incrementAndGet(node);
                    answer(ex, r);
                    return;
                } catch (ConnectException | HttpConnectTimeoutException e) {
                    failure = e; // the node is down: the next one takes the request
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            byte[] msg = ("no node answered: " + failure).getBytes();
            ex.sendResponseHeaders(502, msg.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(msg);
            }
        }
    }

    private HttpRequest request(HttpExchange ex, String node, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node + ex.getRequestURI().toString()))
                .timeout(Duration.ofSeconds(60))
                .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        String forwardedFor = null;
        for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (HOP_BY_HOP.contains(name) || name.startsWith("x-forwarded-")) {
                if (name.equals("x-forwarded-for")) {
                    forwardedFor = String.join(", ", h.getValue());
                }
                continue;
            }
            h.getValue().forEach(v -> b.header(h.getKey(), v));
        }
        String host = ex.getRequestHeaders().getFirst("Host");
        String front = host != null ? host : "127.0.0.1:" + server.getAddress().getPort();
        String client = ex.getRemoteAddress().getAddress().getHostAddress();
        return b.header("Host", front)
                .header("X-Forwarded-Host", front)
                .header("X-Forwarded-Proto", "http")
                .header("X-Forwarded-Port", String.valueOf(server.getAddress().getPort()))
                .header("X-Forwarded-For", forwardedFor != null ? forwardedFor : client)
                .build();
    }

    private static void answer(HttpExchange ex, HttpResponse<byte[]> r) throws IOException {
        r.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":") && !HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> ex.getResponseHeaders().add(name, v));
            }
        });
        byte[] body = r.body();
        boolean empty = body.length == 0 || ex.getRequestMethod().equals("HEAD") || r.statusCode() == 204 || r.statusCode() == 304;
        ex.sendResponseHeaders(r.statusCode(), empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
