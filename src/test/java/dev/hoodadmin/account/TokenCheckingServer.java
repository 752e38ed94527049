package dev.hoodadmin.account;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hoodadmin.api.Endpoint;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A loopback stand-in for the Hood API that accepts exactly one bearer token, for sign-in tests. */
public final class TokenCheckingServer implements AutoCloseable {
    private final HttpServer server;
    private final String goodToken;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public TokenCheckingServer(String goodToken) throws IOException {
        this.goodToken = goodToken;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public Endpoint endpoint() {
        return Endpoint.parse(url());
    }

    /** Paths and queries of the requests received, in order. */
    public List<String> requests() {
        return requests;
    }

    /** A loopback URL on which nothing listens: the port was free a moment ago and is closed again. */
    public static String closedPortUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI().toString());
        boolean accepted = ("Bearer " + goodToken).equals(exchange.getRequestHeaders().getFirst("Authorization"));
        String body = accepted ? "{\"total\":0,\"items\":[]}"
                : "{\"code\":401,\"title\":\"Unauthorized.\",\"trace_id\":\"trace-401\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(accepted ? 200 : 401, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
