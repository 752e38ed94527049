package dev.hoodadmin.outbox;

import com.sun.net.httpserver.HttpServer;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.api.HoodClient;
import dev.hoodadmin.ratelimit.RequestGate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static dev.hoodadmin.api.UpdatableField.DESCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

/** The real client against a local server: the token travels in the header and never lands in the data file. */
@Timeout(20)
class TokenNeverStoredTest {
    private static final String TOKEN = "hood-secret-7f3a9c1e5b";

    @TempDir
    Path dir;
    HttpServer server;
    final List<String> authorizations = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() {
        if (server != null) server.stop(0);
    }

    @Test
    void noOutcomeWritesTheTokenIntoTheDataFile() throws Exception {
        startServer();
        HoodClient client = HoodClient.create(
                Endpoint.parse("http://127.0.0.1:" + server.getAddress().getPort()), ApiToken.of(TOKEN), RequestGate.UNLIMITED);
        try (OutboxHarness h = new OutboxHarness(dir)) {
            h.worker = new OutboxWorker(h.outbox, client, h.retryPolicy, h.clock, h.clock);
            h.enqueue(Properties.custom("1"), Map.of(DESCRIPTION, "applied"));
            h.enqueue(Properties.custom("2"), Map.of(DESCRIPTION, "rejected"));
            h.enqueue(Properties.custom("3"), Map.of(DESCRIPTION, "token refused"));
            // as if just read, so the three requests are the PATCHes this test is about
            h.worker.serverValuesRead(List.of(Properties.custom("1"), Properties.custom("2"), Properties.custom("3")));

            assertThat(h.drain()).isEqualTo(DrainResult.PAUSED_FOR_CREDENTIALS);

            assertThat(h.outbox.list()).extracting(Edit::state)
                    .containsExactly(EditState.APPLIED, EditState.REJECTED, EditState.PENDING);
            assertThat(h.outbox.list().get(1).lastError().traceId()).isEqualTo("trace-2");
        }
        assertThat(authorizations).containsOnly("Bearer " + TOKEN).hasSize(3);
        byte[] token = TOKEN.getBytes(StandardCharsets.UTF_8);
        byte[] typed = "token refused".getBytes(StandardCharsets.UTF_8);
        boolean typedTextFound = false;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                assertThat(indexOf(bytes, token)).as("token in %s", file.getFileName()).isEqualTo(-1);
                typedTextFound |= indexOf(bytes, typed) >= 0;
            }
        }
        assertThat(typedTextFound).as("the scan sees what the outbox stored").isTrue();
    }

    private void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/hood/profile-properties/", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestURI().getPath().replaceAll(".*/", "");
            int status = switch (id) {
                case "1" -> 204;
                case "2" -> 400;
                default -> 401;
            };
            if (status == 204) {
                exchange.sendResponseHeaders(204, -1);
            } else {
                // a careless server echoing the Authorization header would be the only way in: it is not echoed here,
                // and the outbox stores only title, message and trace id
                byte[] body = ("{\"code\":" + status + ",\"title\":\"Refused\",\"message\":\"No.\",\"trace_id\":\"trace-"
                        + id + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
