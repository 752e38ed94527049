package dev.hoodadmin.chaos;

import dev.hoodadmin.api.Endpoint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP/1.1 server that misbehaves on purpose, written on a bare socket so every byte is under the
 * test's control: it can drip a body, cut a response off, or send 10 MB of garbage. Each connection carries
 * one request; the answer comes from the script, then from the fallback.
 */
public final class HostileServer implements AutoCloseable {

    /** One request as it arrived. */
    public record Request(String method, String target, String body) {
        /** The ids of an {@code id=in:a,b} filter, or an empty list. */
        public List<String> idsFilter() {
            int query = target.indexOf('?');
            if (query < 0) return List.of();
            for (String pair : target.substring(query + 1).split("&")) {
                String decoded = URLDecoder.decode(pair, StandardCharsets.UTF_8);
                if (decoded.startsWith("id=in:")) return Arrays.asList(decoded.substring(6).split(","));
            }
            return List.of();
        }
    }

    /** Writes the whole answer to one request; the connection is closed afterwards. */
    @FunctionalInterface
    public interface Reply {
        void write(Request request, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "hostile-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Reply fallback = noContent();

    private HostileServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    public static HostileServer start() throws IOException {
        return new HostileServer();
    }

    /** The next request gets this reply. */
    public synchronized HostileServer then(Reply reply) {
        script.add(reply);
        return this;
    }

    /** Every request after the script gets this reply. */
    public HostileServer otherwise(Reply reply) {
        fallback = reply;
        return this;
    }

    public Endpoint endpoint() {
        return Endpoint.parse("http://127.0.0.1:" + socket.getLocalPort());
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public long count(String method) {
        return requests.stream().filter(r -> r.method().equals(method)).count();
    }

    // ---- replies

    public static Reply noContent() {
        return answer(204, Map.of(), "");
    }

    public static Reply json(int status, String body) {
        return answer(status, Map.of("Content-Type", "application/json"), body);
    }

    public static Reply html(int status) {
        return answer(status, Map.of("Content-Type", "text/html"),
                "<!DOCTYPE html><html><body><h1>Sign in to continue</h1></body></html>");
    }

    /** A 429 with the given {@code Retry-After} text (null: no header). */
    public static Reply tooManyRequests(String retryAfter) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (retryAfter != null) headers.put("Retry-After", retryAfter);
        return answer(429, headers, "{\"code\":429,\"title\":\"Too many requests.\"}");
    }

    public static Reply redirect(String location) {
        return answer(302, Map.of("Location", location), "");
    }

    /** A complete answer: status line, headers, Content-Length and body. */
    public static Reply answer(int status, Map<String, String> headers, String body) {
        return (request, out) -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            out.write(head(status, headers, bytes.length));
            out.write(bytes);
            out.flush();
        };
    }

    /** {@code bytes} of non-JSON garbage, announced with a Content-Length. */
    public static Reply garbage(int status, int bytes) {
        return (request, out) -> {
            out.write(head(status, Map.of("Content-Type", "application/octet-stream"), bytes));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) '#');
            for (int sent = 0; sent < bytes; sent += chunk.length) {
                out.write(chunk, 0, Math.min(chunk.length, bytes - sent));
            }
            out.flush();
        };
    }

    /** Headers at once, then the announced body one byte per {@code interval}: a request that never ends in time. */
    public static Reply slowDrip(int status, int bytes, Duration interval) {
        return (request, out) -> {
            out.write(head(status, Map.of("Content-Type", "application/json"), bytes));
            out.flush();
            for (int i = 0; i < bytes; i++) {
                out.write(i == 0 ? '{' : ' ');
                out.flush();
                Thread.sleep(interval.toMillis());
            }
        };
    }

    /** Announces a body, sends part of it, and drops the connection. */
    public static Reply dropMidResponse(int status) {
        return (request, out) -> {
            out.write(head(status, Map.of("Content-Type", "application/json"), 1000));
            out.write("{\"total\":1,\"items\":[{\"id\":".getBytes(StandardCharsets.UTF_8));
            out.flush();
        };
    }

    private static byte[] head(int status, Map<String, String> headers, long contentLength) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (status != 204 && status != 304) head.append("Content-Length: ").append(contentLength).append("\r\n");
        head.append("Connection: close\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 204 -> "No Content";
            case 302 -> "Found";
            case 400 -> "Bad Request";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            default -> "Status";
        };
    }

    // ---- serving

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                threads.execute(() -> serve(connection));
            } catch (IOException | java.util.concurrent.RejectedExecutionException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket connection) {
        try (connection; InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
            Request request = read(in);
            if (request == null) return;
            requests.add(request);
            nextReply().write(request, out);
        } catch (IOException e) {
            // the client gave up (deadline, size cap): exactly what some replies provoke
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Reply nextReply() {
        Reply scripted = script.poll();
        return scripted != null ? scripted : fallback;
    }

    private static Request read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) return null;
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        int length = 0;
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        return new Request(requestLine[0], requestLine[1], body);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        threads.shutdownNow();
    }
}
