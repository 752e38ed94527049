package dev.hoodadmin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code apply} in a JVM of its own through the jar's real entry point ({@code Main}) and rate budget, against the
 * harness's simulator and state folder, so a test can SIGKILL it. Its output goes to {@code <name>.out/.err} in
 * {@code home}; its app-data folder (and so SQLite's native folder) is {@code home/app-home}.
 */
final class ChildApply {
    private final Path home;
    private final String name;
    final Process process;

    private ChildApply(Path home, String name, Process process) {
        this.home = home;
        this.name = name;
        this.process = process;
    }

    static ChildApply start(CliHarness cli, Path home, Path csv, String name) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "dev.hoodadmin.Main", "apply", "--input", csv.toString(), "--api-url", cli.url(),
                "--state-dir", cli.stateDir().toString()))
                .redirectOutput(home.resolve(name + ".out").toFile())
                .redirectError(home.resolve(name + ".err").toFile());
        builder.environment().remove("HOOD_API_URL");
        builder.environment().put("HOOD_ADMIN_HOME", home.resolve("app-home").toString());
        builder.environment().put("HOOD_API_TOKEN", CliHarness.TOKEN);
        return new ChildApply(home, name, builder.start());
    }

    /** What it printed to stderr so far. */
    String err() throws IOException {
        Path err = home.resolve(name + ".err");
        return Files.exists(err) ? Files.readString(err) : "";
    }
}
