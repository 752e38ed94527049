package dev.hoodadmin.account;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real Linux keychain: a private D-Bus session bus with an unlocked GNOME Keyring (nothing of the
 * machine's own session or keyrings is touched), and the app's credential store reaching it through
 * java-keyring and dbus-java. Each app start is a child JVM ({@link SecretServiceProbe}) that finds the bus
 * through {@code DBUS_SESSION_BUS_ADDRESS} in its environment, as a desktop session gives it.
 * Skipped where the tools are missing (`.ci/run` installs them: dbus, gnome-keyring, libsecret-tools).
 */
@Timeout(180)
class SecretServiceKeychainTest {
    private static final String KEYRING_PASSWORD = "private-test-keyring";
    private static final byte[] NO_INPUT = new byte[0];
    private static final byte[] BOTH_STREAMS = new byte[0];

    @TempDir
    Path dir;
    private final List<Process> daemons = new ArrayList<>();

    @AfterEach
    void stopDaemons() throws InterruptedException {
        // keyring first: it would otherwise log that its bus went away
        for (int i = daemons.size() - 1; i >= 0; i--) {
            daemons.get(i).destroy();
            if (!daemons.get(i).waitFor(5, TimeUnit.SECONDS)) daemons.get(i).destroyForcibly();
        }
    }

    @Test
    void aRememberedTokenIsInTheSecretServiceAndSignsInAgainAfterARestart() throws Exception {
        assumeTrue(onPath("dbus-daemon") && onPath("gnome-keyring-daemon") && onPath("secret-tool") && onPath("dbus-send"),
                "needs dbus-daemon, dbus-send, gnome-keyring-daemon and secret-tool on PATH "
                        + "(apt-get install dbus gnome-keyring libsecret-tools; .ci/run installs them)");
        Map<String, String> env = privateSessionWithUnlockedKeyring();
        String token = "keyring-" + UUID.randomUUID();
        Path data = dir.resolve("data");

        try (TokenCheckingServer server = new TokenCheckingServer(token)) {
            Run signIn = probe(env, "sign-in", data, server.url(), token);
            assertThat(signIn.exit()).as("sign-in: %s", signIn.output()).isZero();
            String accountId = signIn.verdict().substring("signed-in ".length());

            Run search = run(env, BOTH_STREAMS, "secret-tool", "search", "--all", "service", CredentialStore.SERVICE);
            String shown = search.output().replace(token, "****");
            assertThat(shown).as("secret-tool search (secret masked)")
                    .contains("attribute.service = " + CredentialStore.SERVICE, "attribute.account = " + accountId)
                    .contains("secret = ****");

            Run restart = probe(env, "restart", data, server.url(), token);
            assertThat(restart.verdict()).as("the next start, with no token in the environment")
                    .isEqualTo("live " + accountId + " token-matches");
            assertThat(restart.exit()).isZero();

            assertThat(filesContaining(data, token)).as("files under the data folder holding the token").isEmpty();
            assertThat(filesContaining(dir.resolve("home"), token)).as("keyring files holding the token in plain text").isEmpty();

            Run signOut = probe(env, "sign-out", data, server.url(), token);
            assertThat(signOut.verdict()).isEqualTo("signed-out " + accountId);
            Run after = run(env, BOTH_STREAMS, "secret-tool", "search", "--all", "service", CredentialStore.SERVICE);
            assertThat(after.output().replace(token, "****")).as("secret-tool search after signing out")
                    .doesNotContain("attribute.account = " + accountId);
        }
    }

    /** dbus-daemon on its own socket, then gnome-keyring-daemon unlocked with a password on stdin, under a temp HOME. */
    private Map<String, String> privateSessionWithUnlockedKeyring() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path runtime = Files.createDirectory(dir.resolve("run"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(k -> k.startsWith("HOOD_") || k.equals("DISPLAY") || k.equals("WAYLAND_DISPLAY")
                || k.startsWith("DBUS_") || k.startsWith("GNOME_KEYRING"));
        env.put("HOME", home.toString());
        env.put("XDG_RUNTIME_DIR", runtime.toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());

        Process bus = start(env, "dbus-daemon", "--session", "--nofork", "--nopidfile",
                "--address=unix:dir=" + runtime, "--print-address=1");
        String address = CompletableFuture.supplyAsync(() -> firstLine(bus)).get(15, TimeUnit.SECONDS);
        assertThat(address).as("dbus-daemon's address").startsWith("unix:");
        env.put("DBUS_SESSION_BUS_ADDRESS", address);

        Process keyring = start(env, "gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets");
        try (OutputStream in = keyring.getOutputStream()) {
            in.write(KEYRING_PASSWORD.getBytes(StandardCharsets.UTF_8)); // --unlock reads it until EOF
        }
        // Ask the bus, not the service, until our daemon owns the name: a call to org.freedesktop.secrets before
        // then makes dbus-daemon start a second gnome-keyring-daemon (D-Bus activation) without the password,
        // which takes the name with a locked keyring (seen on a loaded machine).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String answer = "";
        while (System.nanoTime() < deadline && keyring.isAlive() && !answer.contains("boolean true")) {
            answer = run(env, NO_INPUT, "dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.secrets").output();
            if (!answer.contains("boolean true")) Thread.sleep(100);
        }
        // ready when the default collection exists and is unlocked (else java-keyring would wait for a prompt)
        while (System.nanoTime() < deadline && keyring.isAlive()) {
            answer = run(env, NO_INPUT, "dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.secrets",
                    "/org/freedesktop/secrets/aliases/default", "org.freedesktop.DBus.Properties.Get",
                    "string:org.freedesktop.Secret.Collection", "string:Locked").output();
            if (answer.contains("boolean false")) return env;
            Thread.sleep(200);
        }
        Path log = dir.resolve("gnome-keyring-daemon.log");
        throw new AssertionError("GNOME Keyring did not offer an unlocked default collection within 20 s (alive: "
                + keyring.isAlive() + "): " + answer + "\ngnome-keyring-daemon said: "
                + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }

    private Process start(Map<String, String> env, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(dir.resolve(command[0] + ".log").toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        daemons.add(process);
        return process;
    }

    private static String firstLine(Process process) {
        try {
            return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One app start in a child JVM on the test class path; the token goes in on stdin. */
    private Run probe(Map<String, String> env, String phase, Path data, String url, String token) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return run(env, token.getBytes(StandardCharsets.UTF_8), java, "-cp", classPath, SecretServiceProbe.class.getName(), phase, data.toString(), url);
    }

    /**
     * Runs a command to its end. Its stdout is the verdict and stderr (the app's console log) goes to a file,
     * except with {@link #BOTH_STREAMS}: secret-tool prints the attributes on stderr.
     */
    private Run run(Map<String, String> env, byte[] stdin, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (stdin == BOTH_STREAMS) builder.redirectErrorStream(true);
        else builder.redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("children.log").toFile()));
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin);
        }
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(Path.of(command[0]).getFileName() + " did not finish within 60 s");
        }
        return new Run(process.exitValue(), output.get(5, TimeUnit.SECONDS));
    }

    private static List<Path> filesContaining(Path root, String secret) throws IOException {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> contains(read(f), needle)).toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0]; // a socket or a file that vanished: holds nothing
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return true;
        }
        return false;
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
    }

    private record Run(int exit, String output) {
        String verdict() {
            return output.strip();
        }
    }
}
