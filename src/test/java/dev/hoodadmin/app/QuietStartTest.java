package dev.hoodadmin.app;

import dev.hoodadmin.logging.AppLogging;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first start as a new user meets it: an empty app-data folder, no keychain (no D-Bus session, so no Secret
 * Service), no token, no cache. The real entry point runs in a child JVM (headless Monocle) until the demo window
 * shows its rows, then quits; the terminal it leaves must hold no log lines, exception names or stack traces.
 */
class QuietStartTest {
    @TempDir
    Path home;
    private Process child;

    @AfterEach
    void stop() {
        if (child != null) child.destroyForcibly();
    }

    @Test
    void aFirstStartWithoutAKeychainSaysNothingOnTheTerminalAndLogsWhy() throws Exception {
        child = start();

        assertThat(child.waitFor(90, TimeUnit.SECONDS)).as("the window showed and quit").isTrue();
        String terminal = read("child.out") + read("child.err");
        assertThat(child.exitValue()).as(terminal).isZero();
        assertThat(terminal.lines()).as("the terminal after a first start")
                .noneMatch(line -> line.matches(".*\\b[\\w.$]+(Exception|Error)\\b.*"))
                .noneMatch(line -> line.matches("\\s+at .*|Caused by: .*"))
                .noneMatch(line -> line.matches("(INFO|WARNING|SEVERE|FINE): .*"));
        assertThat(terminal).isBlank();
        assertThat(logFile()).as("the expected situation is in the log, at INFO")
                .contains("INFO dev.hoodadmin.account.CredentialStoreFactory: No system keychain");
    }

    private Process start() throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Duser.language=en",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                QuietStartProbe.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(line)
                .redirectOutput(home.resolve("child.out").toFile())
                .redirectError(home.resolve("child.err").toFile());
        builder.environment().keySet().removeAll(List.of("HOOD_API_TOKEN", "HOOD_API_URL"));
        builder.environment().put("HOOD_ADMIN_HOME", home.resolve("app-home").toString());
        // a session bus that is not there: no Secret Service, as on a machine without a keychain
        builder.environment().put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home.resolve("no-bus"));
        return builder.start();
    }

    private String read(String name) throws IOException {
        return Files.readString(home.resolve(name));
    }

    private String logFile() throws IOException {
        try (Stream<Path> logs = Files.list(home.resolve("app-home").resolve(AppLogging.FOLDER))) {
            StringBuilder all = new StringBuilder();
            for (Path log : logs.filter(path -> path.toString().endsWith(".log")).toList()) all.append(Files.readString(log));
            return all.toString();
        }
    }
}
