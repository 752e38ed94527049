package dev.hoodadmin.sim;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SimulatorCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Consumer<HoodSimulator> whileServing, String... args) {
        CommandLine commandLine = new CommandLine(new SimulatorCommand(whileServing));
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    private static SimulatorConfig parse(String... args) {
        SimulatorCommand command = new SimulatorCommand(simulator -> { });
        new CommandLine(command).parseArgs(args);
        return command.toConfig();
    }

    @Test
    void optionsBecomeTheConfig() {
        SimulatorConfig config = parse("--port", "0", "--properties", "50", "--seed", "7", "--token", "abc",
                "--no-rate-limit", "--max-in-flight", "3");
        assertThat(config.port()).isZero();
        assertThat(config.properties()).isEqualTo(50);
        assertThat(config.seed()).isEqualTo(7);
        assertThat(config.token()).isEqualTo("abc");
        assertThat(config.rateLimitsEnabled()).isFalse();
        assertThat(config.maxInFlight()).isEqualTo(3);
    }

    @Test
    void defaultsMatchTheDemoSetup() {
        assumeTrue(System.getenv("HOOD_SIM_TOKEN") == null, "HOOD_SIM_TOKEN is set here");
        SimulatorConfig config = parse();
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.properties()).isEqualTo(300);
        assertThat(config.token()).isEqualTo("demo-token");
        assertThat(config.rateLimitsEnabled()).isTrue();
    }

    @Test
    void servesWhatTheBannerAdvertises() {
        AtomicReference<HttpResponse<String>> seen = new AtomicReference<>();
        int exit = run(simulator -> {
            HttpResponse<String> response = new SimClient(simulator.baseUri()).send(
                    HttpRequest.newBuilder(simulator.baseUri().resolve(SimClient.PATH))
                            .header("Authorization", "Bearer demo-token").GET());
            seen.set(response);
        }, "--port", "0", "--token", "demo-token", "--properties", "25");

        assertThat(exit).isZero();
        assertThat(seen.get().statusCode()).isEqualTo(200);
        assertThat(SimClient.json(seen.get()).get("total").asInt()).isEqualTo(25);
        String banner = out.toString();
        assertThat(banner).containsPattern("Base URL: http://127\\.0\\.0\\.1:\\d+")
                .contains("Token:    demo-token")
                .contains("curl -H \"Authorization: Bearer demo-token\"");
    }

    @Test
    void aChosenTokenIsNeverPrinted() {
        int exit = run(simulator -> { }, "--port", "0", "--token", "s3cret-value");
        assertThat(exit).isZero();
        assertThat(out.toString()).doesNotContain("s3cret-value").contains("$HOOD_SIM_TOKEN");
    }

    @Test
    void faultFlagsAreSwitchedOn() {
        AtomicReference<Integer> status = new AtomicReference<>();
        run(simulator -> status.set(new SimClient(simulator.baseUri()).send(
                        HttpRequest.newBuilder(simulator.baseUri().resolve(SimClient.PATH + "/1000100"))
                                .header("Authorization", "Bearer t")
                                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"example\":\"x\"}")))
                        .statusCode()),
                "--port", "0", "--token", "t", "--fail-rate", "1");
        assertThat(status.get()).isEqualTo(500);
    }

    @Test
    void badValuesAreUsageErrors() {
        assertThat(run(simulator -> { }, "--fail-rate", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("--fail-rate must be between 0 and 1");
        assertThat(run(simulator -> { }, "--properties", "0")).isEqualTo(2);
    }
}
