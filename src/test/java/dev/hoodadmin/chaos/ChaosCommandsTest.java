package dev.hoodadmin.chaos;

import dev.hoodadmin.Main;
import dev.hoodadmin.api.ResponseLimits;
import dev.hoodadmin.cli.CliEnvironment;
import dev.hoodadmin.cli.CliFactory;
import dev.hoodadmin.cli.ExitCodes;
import dev.hoodadmin.outbox.RetryPolicy;
import dev.hoodadmin.ratelimit.RequestGate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code list}, {@code apply} and {@code resume}, run in-process as from a terminal, against a hostile server: each
 * ends with readable lines (no stack trace), its documented exit code, in bounded time, and every edit it accepted is
 * either applied or still listed by {@code resume}. Deadlines and Retry-After caps are shortened so each case ends
 * in seconds; the paths are the app's.
 */
@Timeout(60)
class ChaosCommandsTest {
    private static final String TOKEN = "tok-chaos-commands";
    private static final Duration BOUND = Duration.ofSeconds(40);

    @TempDir
    Path home;
    private HostileServer server;

    /** What one run printed and returned, and how long it took. */
    record Run(int exitCode, String out, String err, Duration took) {
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) server.close();
    }

    /** What a hostile server may answer to any request. */
    static Stream<Arguments> hostileAnswers() {
        return Stream.of(
                Arguments.of("slow drip", HostileServer.slowDrip(200, 10_000, Duration.ofMillis(100))),
                Arguments.of("2xx garbage", HostileServer.garbage(200, 2_000_000)),
                Arguments.of("2xx HTML", HostileServer.html(200)),
                Arguments.of("302", HostileServer.redirect("http://127.0.0.1:9/elsewhere")),
                Arguments.of("500 empty", HostileServer.answer(500, Map.of(), "")));
    }

    static Stream<Arguments> hostileReads() {
        return Stream.concat(hostileAnswers(), Stream.of(
                Arguments.of("Retry-After date", HostileServer.tooManyRequests("Wed, 21 Oct 2099 07:28:00 GMT"))));
    }

    @ParameterizedTest(name = "list against {0}")
    @MethodSource("hostileReads")
    void listEndsWithOneLineAndExitOne(String name, HostileServer.Reply reply) throws Exception {
        server = HostileServer.start().otherwise(reply);

        Run run = run("list");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err().lines()).as(run.err()).hasSize(1).allMatch(line -> line.startsWith("hood-admin list: "));
        assertReadable(run);
    }

    static Stream<Arguments> hostilePatches() {
        return Stream.concat(hostileAnswers(), Stream.of(
                Arguments.of("dropped", HostileServer.dropMidResponse(200)),
                Arguments.of("Retry-After 0", HostileServer.tooManyRequests("0")),
                Arguments.of("Retry-After -1", HostileServer.tooManyRequests("-1")),
                Arguments.of("Retry-After abc", HostileServer.tooManyRequests("abc"))));
    }

    @Test
    void aHugeRetryAfterOnPatchIsWaitedOutUpToTheCapAndSaidSo() throws Exception {
        server = HostileServer.start().then(hoodWith(HostileServer.noContent()))
                .then(HostileServer.tooManyRequests("999999")).otherwise(hoodWith(HostileServer.noContent()));
        Path csv = Files.writeString(home.resolve("edits.csv"), "id,field,value\n7,example,seven\n");

        Run applied = run("apply", "--input", csv.toString());

        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.err()).contains("waiting 1 s: the server asked (Retry-After)").contains("Summary: 1 applied");
        assertThat(applied.took()).isLessThan(Duration.ofSeconds(10));
        assertReadable(applied);
    }

    @ParameterizedTest(name = "apply then resume against {0} on PATCH")
    @MethodSource("hostilePatches")
    void applyAndResumeEndWithTheEditAppliedOrListed(String name, HostileServer.Reply patchReply) throws Exception {
        server = HostileServer.start().otherwise(hoodWith(patchReply));
        Path csv = Files.writeString(home.resolve("edits.csv"), "id,field,value\n7,example,seven\n8,description,eight\n");

        Run applied = run("apply", "--input", csv.toString());

        assertThat(applied.exitCode()).as(applied.err()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(applied.err()).contains("Summary: 0 applied").contains("2 failed");
        assertReadable(applied);
        long patches = server.count("PATCH");
        assertThat(patches).as("retried, never a tight loop").isBetween(2L, 2L * (RetryPolicyForTests.ATTEMPTS + 1));

        Run stillFailing = run("resume");
        assertThat(stillFailing.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(stillFailing.err()).contains("failed  id 7  fields example").contains("failed  id 8  fields description");
        assertReadable(stillFailing);

        server.otherwise(hoodWith(HostileServer.noContent()));
        Run recovered = run("resume", "--retry-failed");
        assertThat(recovered.exitCode()).as(recovered.err()).isZero();
        assertThat(recovered.err()).contains("Summary: 2 applied");
        assertThat(server.requests()).filteredOn(r -> r.method().equals("PATCH")).last()
                .satisfies(r -> assertThat(r.body()).contains("eight"));
        assertReadable(recovered);
    }

    /** Answers reads like Hood (properties 7 and 8 exist) and PATCHes with {@code patch}. */
    private static HostileServer.Reply hoodWith(HostileServer.Reply patch) {
        return (request, out) -> {
            if (request.method().equals("PATCH")) {
                patch.write(request, out);
                return;
            }
            String items = "{\"id\":\"7\",\"label\":\"Seven\",\"example\":\"old\",\"system\":0},"
                    + "{\"id\":\"8\",\"label\":\"Eight\",\"description\":\"old\",\"system\":0}";
            HostileServer.json(200, "{\"total\":2,\"items\":[" + items + "]}").write(request, out);
        };
    }

    private Run run(String... args) {
        CliEnvironment environment = new CliEnvironment(Map.of("HOOD_API_TOKEN", TOKEN), "Linux", home,
                Clock.systemUTC(), () -> RequestGate.UNLIMITED, Duration.ZERO,
                options -> options.withRetryPolicy(RetryPolicyForTests.fast())
                        .withLimits(ResponseLimits.STANDARD.withDeadline(Duration.ofSeconds(1)), Duration.ofSeconds(1)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Main(), new CliFactory(environment));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] full = Stream.concat(Stream.of(args), Stream.of("--api-url", server.endpoint().toString(),
                "--state-dir", home.resolve("state").toString())).toArray(String[]::new);
        Instant start = Instant.now();
        int exitCode = commandLine.execute(full);
        return new Run(exitCode, out.toString(), err.toString(), Duration.between(start, Instant.now()));
    }

    private static void assertReadable(Run run) {
        assertThat(run.took()).isLessThan(BOUND);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("\u001B")
                .doesNotContain("..");
        assertThat(run.err().lines()).allMatch(line -> line.length() <= 1_100);
    }

    /** Fast retries with the app's shape: a few attempts, doubling delays. */
    static final class RetryPolicyForTests {
        static final int ATTEMPTS = 3;

        static RetryPolicy fast() {
            return new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(100), ATTEMPTS, 0.0, new Random(5));
        }
    }
}
