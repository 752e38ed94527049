package dev.hoodadmin.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code mvn -q test-compile exec:java@uibench [-Dexec.args="10000 50000 100000"]}: the window's figures beside
 * stock JavaFX ({@code FilteredList} + {@code SortedList}) at each size, each variant in a fresh JVM with the app's
 * heap settings (so resident memory is the variant's own), then the list-load benchmark against the simulator.
 * Prints figures; asserts nothing.
 */
public final class UiBenchmark {
    /**
     * The JVM options of {@code mvn javafx:run} and the installers' launchers: the pom's property
     * {@code app.jvm.options}, which the exec executions hand over as the system property of that name.
     */
    static final List<String> APP_JVM_OPTIONS = options("app.jvm.options");
    /**
     * Set ({@code -Duibench.options.before="..."}) to run the app once more at each size with these JVM options, e.g.
     * the options before a change, beside the launchers' in the same run.
     */
    private static final String BEFORE_OPTIONS = "uibench.options.before";
    /** Set ({@code -Duibench.variants=app}) to run only these variants (comma-separated), e.g. when comparing options. */
    private static final String ONLY_VARIANTS = "uibench.variants";
    /** Longest a single run may take (a 100k run takes a few minutes on a loaded 2-core machine). */
    private static final Duration RUN_LIMIT = Duration.ofMinutes(15);

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) sizes.add(Integer.parseInt(arg.replace("_", "")));
        if (sizes.isEmpty()) sizes = List.of(10_000, 50_000, 100_000);
        String classpath = classpath();
        List<String> variants = System.getProperty(ONLY_VARIANTS) == null ? WindowRun.VARIANTS
                : List.of(System.getProperty(ONLY_VARIANTS).split(","));
        List<String> before = System.getProperty(BEFORE_OPTIONS) == null ? null : options(BEFORE_OPTIONS);
        System.out.println("UI benchmark: " + variants + " x " + sizes + " rows, headless (Monocle), JVM options "
                + String.join(" ", APP_JVM_OPTIONS) + (before == null ? "" : "; the app also with " + String.join(" ", before)));
        System.out.println(WindowRun.HEADER);
        List<String> ratios = new ArrayList<>();
        for (int size : sizes) {
            Map<String, List<String>> rows = new HashMap<>();
            for (String variant : variants) {
                rows.put(variant, table(fork(classpath, APP_JVM_OPTIONS, WindowRun.class.getName(), variant,
                        Integer.toString(size))));
            }
            if (before != null) {
                rows.put(BEFORE_OPTIONS, table(fork(classpath, before, WindowRun.class.getName(), "app",
                        Integer.toString(size), "Hood Admin, JVM options before (" + String.join(" ", before) + ")")));
            }
            ratios.addAll(ratios(size, rows.getOrDefault("app", List.of()), rows.getOrDefault(WindowRun.STOCK_SKIN, List.of()),
                    rows.getOrDefault("stock", List.of()), rows.getOrDefault(BEFORE_OPTIONS, List.of())));
        }
        System.out.println();
        System.out.println("Hood Admin now ÷ the same figure of each baseline in this run (below 1: less):");
        System.out.println("| rows | figure | ÷ Hood Admin before | ÷ stock | ÷ Hood Admin, JVM options before |");
        System.out.println("|---|---|---|---|---|");
        ratios.forEach(System.out::println);
        System.out.println();
        fork(classpath, APP_JVM_OPTIONS, ListLoadRun.class.getName());
    }

    /** The JVM options in the system property {@code name}, split at spaces; fails when it is not set. */
    static List<String> options(String name) {
        String options = System.getProperty(name);
        if (options == null) {
            throw new IllegalStateException("system property " + name + " not set: run the benchmarks through mvn "
                    + "exec:java@..., which sets it from the pom");
        }
        return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    /** Each compared figure: its name, its cell in a table row (1 is the variant) and its place within the cell. */
    private static final List<Object[]> COMPARED = List.of(
            new Object[] {"keystroke → updated p95", 3, 1}, new Object[] {"FX blocked per keystroke p95", 4, 0},
            new Object[] {"sorted: keystroke → updated p95", 5, 1}, new Object[] {"sorted: FX blocked p95", 6, 0},
            new Object[] {"header click → sorted", 7, 0}, new Object[] {"RSS after load", 9, 0},
            new Object[] {"live heap after load", 10, 0}, new Object[] {"FX-thread CPU per keystroke p95", 11, 0},
            new Object[] {"sorted: FX-thread CPU p95", 12, 0});

    /** Ratio rows for one size from the runs' table rows (empty where a run printed none, or did not run). */
    private static List<String> ratios(int size, List<String> app, List<String> before, List<String> stock,
                                       List<String> optionsBefore) {
        List<String> lines = new ArrayList<>();
        if (app.isEmpty()) return lines;
        for (Object[] figure : COMPARED) {
            int cell = (int) figure[1];
            int position = (int) figure[2];
            double now = figure(app.get(0), cell, position);
            lines.add(String.format(Locale.US, "| %,d | %s | %s | %s | %s |", size, figure[0],
                    ratio(now, before, cell, position), ratio(now, stock, cell, position),
                    ratio(now, optionsBefore, cell, position)));
        }
        return lines;
    }

    private static String ratio(double now, List<String> baseline, int cell, int position) {
        if (baseline.isEmpty()) return "—";
        double then = figure(baseline.get(0), cell, position);
        return Double.isNaN(then) || Double.isNaN(now) || then == 0 ? "—" : String.format(Locale.US, "%.2f", now / then);
    }

    /** The number at {@code position} of a cell such as "57 ms / 170 ms / 213 ms"; NaN where there is none. */
    private static double figure(String tableRow, int cell, int position) {
        String[] cells = tableRow.split("\\|");
        if (cell >= cells.length) return Double.NaN;
        String[] parts = cells[cell].split("/");
        if (position >= parts.length) return Double.NaN;
        String digits = parts[position].replaceAll("[^0-9.]", "");
        return digits.isEmpty() ? Double.NaN : Double.parseDouble(digits);
    }

    /** The table rows among a run's lines. */
    private static List<String> table(List<String> printed) {
        return printed.stream().filter(line -> line.startsWith("| ")).toList();
    }

    /** Runs {@code mainClass} headless in a JVM of its own with {@code jvmOptions}; returns every line it printed. */
    static List<String> fork(String classpath, List<String> jvmOptions, String mainClass, String... args)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        // a 1080p screen: both windows get the app's default 1440 x 880 (Monocle's default 1280 x 800 screen is
        // smaller than the stock window, whose every frame then fails to upload and throws on the FX thread)
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dheadless.geometry=1920x1080-32",
                "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        List<String> printed = new ArrayList<>();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // a run that stops making progress is ended, so the benchmark always finishes and says which run failed
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(RUN_LIMIT.toMinutes(), TimeUnit.MINUTES)) {
                    System.out.println("  (" + mainClass + " " + String.join(" ", args) + " stopped after "
                            + RUN_LIMIT.toMinutes() + " min)");
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "run-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("|") || line.startsWith("  ") || line.startsWith("List") || line.startsWith("-")) {
                    System.out.println(line);
                }
                printed.add(line);
            }
        }
        if (process.waitFor() != 0) System.out.println("  (" + mainClass + " " + String.join(" ", args) + " failed)");
        return printed;
    }

    /** exec:java runs inside Maven: the project's test classpath is the class loader's, not java.class.path. */
    static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader loader = Thread.currentThread().getContextClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    try {
                        entries.add(new File(url.toURI()).getPath());
                    } catch (Exception e) {
                        entries.add(url.getPath());
                    }
                }
            }
        }
        if (entries.isEmpty()) return System.getProperty("java.class.path");
        return String.join(File.pathSeparator, entries);
    }
}
