package dev.hoodadmin.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * {@code mvn -q test-compile exec:java@startbench [-Dexec.args="5000 100000"] [-Dstartbench.before=OLD/target/classes]}:
 * second starts, each in a fresh JVM, 3 per setting, the settings taking turns (so a change in the machine's load
 * touches them alike).
 * <ul>
 * <li>The window classes ({@link StartRun}: {@code MainWindow} over the account's kept copy, no account opening):
 * with the launchers' JVM options (the pom's {@code app.jvm.options}); with the options before issue 10's memory
 * work; the launchers' parsing every stylesheet ({@code -Dbinary.css=false}: JavaFX then
 * ignores the precompiled {@code .bss} of AtlantaFX's theme and of ours); with an AppCDS archive of the classes
 * dumped by one start before ({@code -XX:ArchiveClassesAtExit}, the JDK 17 way); with only the quick JIT compiler
 * ({@code -XX:TieredStopAtLevel=1}); with the JDK's default heap and collector.</li>
 * <li>The app itself ({@link AppStartRun}: {@code Main} without arguments on a live account against the simulator,
 * token from the environment, no keychain), with the launchers' options, with an AppCDS archive, and with only
 * the quick JIT compiler.</li>
 * <li>A floor ({@link BareWindowRun}): a bare JavaFX window like the app's, without its rows, services, account,
 * menus or panes, with the launchers' options and with an AppCDS archive; timed from starting the process, as the
 * app is.</li>
 * <li>With {@code -Dstartbench.before} (the {@code target/classes} of an older build), the launchers' setting of
 * both again on those classes: before and after in one run. The older build opens the data files this build wrote,
 * so it must know their schema (one from before a migration refuses them, and its starts run into the time limit).</li>
 * </ul>
 * Prints median (min–max) of the times since the JVM started and of resident memory and live heap, and each
 * median's ratio to the launchers' setting of the same kind; then, from one more start of the window classes per
 * setting of JVM options with Native Memory Tracking, where the resident memory goes ({@link MemoryBreakdown}).
 * Prints figures; asserts nothing.
 */
public final class StartBenchmark {
    private static final int STARTS = 3;
    /** Figures of a start as {@link StartRun} prints them: six times (ms), then four sizes (MiB). */
    private static final int FIGURES = 10;
    private static final int TIMES = 6;
    /** The launchers' JVM options before issue 10's memory work, measured beside today's. */
    private static final List<String> BEFORE_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30");
    private static final String OPTIONS_BEFORE = "JVM options before (" + String.join(" ", BEFORE_OPTIONS) + ")";
    /** Only the quick compiler: less compiling at start, slower code once hot (e.g. a 100,000-row filter pass). */
    private static final String C1_ONLY = "launcher's + -XX:TieredStopAtLevel=1";
    private static final String LAUNCHERS = "launcher's (" + String.join(" ", UiBenchmark.APP_JVM_OPTIONS) + ")";

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) sizes.add(Integer.parseInt(arg.replace("_", "")));
        if (sizes.isEmpty()) sizes = List.of(5_000, 100_000);
        Path jars = Files.createTempDirectory("startbench-jars");
        // class data sharing archives classes from jars only (a class folder on the path refuses the archive)
        String classpath = jarred(UiBenchmark.classpath(), jars, null);
        String before = System.getProperty("startbench.before");
        String beforeClasspath = before == null ? null : jarred(UiBenchmark.classpath(), jars, Path.of(before));
        System.out.println("Second starts: ms since the JVM started, then memory once every row shows; median (min–max) "
                + "of " + STARTS + " starts per setting, settings in turn; ×: median ÷ the launcher's setting above it");
        System.out.println("| rows | start | JVM options | main() | JavaFX up | window shown | first rows | all rows "
                + "| GC pauses until all rows | RSS, all rows | RSS " + StartRun.SETTLE_MILLIS / 1000 + " s later "
                + "| live heap | RSS after GC, 3 s idle |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<String> breakdowns = new ArrayList<>();
        for (int size : sizes) {
            Path folder = Files.createTempDirectory("startbench");
            UiBenchmark.fork(classpath, UiBenchmark.APP_JVM_OPTIONS, StartRun.class.getName(), "fill",
                    Integer.toString(size), folder.toString());
            windowClasses(size, folder, classpath, beforeClasspath, before);
            theApp(size, classpath, beforeClasspath, before);
            bareWindow(size, classpath);
            breakdowns.addAll(breakdowns(size, folder, classpath));
        }
        System.out.println();
        System.out.println("Where the resident memory goes at the end of a start of the window classes (every row shown, "
                + "a full GC, 3 s idle), MiB; one more start per setting, with -XX:NativeMemoryTracking=summary (NMT's "
                + "own bookkeeping, about 3 MiB, is part of the figures):");
        System.out.println(MemoryBreakdown.HEADER);
        System.out.println("|---".repeat(MemoryBreakdown.HEADER.split("\\|").length - 1) + "|");
        breakdowns.forEach(System.out::println);
        System.exit(0);
    }

    /** One start per setting of JVM options with Native Memory Tracking: its breakdown rows. */
    private static List<String> breakdowns(int size, Path folder, String classpath) throws Exception {
        Map<String, List<String>> settings = new LinkedHashMap<>();
        settings.put(LAUNCHERS, UiBenchmark.APP_JVM_OPTIONS);
        settings.put(OPTIONS_BEFORE, BEFORE_OPTIONS);
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, List<String>> setting : settings.entrySet()) {
            List<String> options = new ArrayList<>(setting.getValue());
            options.addAll(List.of("-XX:NativeMemoryTracking=summary", "-D" + StartRun.BREAKDOWN + "=true"));
            for (String line : UiBenchmark.fork(classpath, options, StartRun.class.getName(), "start",
                    Integer.toString(size), folder.toString())) {
                if (!line.startsWith("  breakdown ")) continue;
                StringBuilder row = new StringBuilder(String.format(Locale.US, "| %,d | %s |", size, setting.getKey()));
                for (long figure : numbers(line, 1, line.trim().split(" ").length - 1)) {
                    row.append(figure == MemoryBreakdown.NONE ? " — |" : String.format(Locale.US, " %,d |", figure));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static void windowClasses(int size, Path folder, String classpath, String beforeClasspath, String before)
            throws Exception {
        String archive = folder.resolve("window.jsa").toString();
        Map<String, Setting> settings = new LinkedHashMap<>();
        settings.put(LAUNCHERS, new Setting(classpath, UiBenchmark.APP_JVM_OPTIONS));
        settings.put(OPTIONS_BEFORE, new Setting(classpath, BEFORE_OPTIONS));
        settings.put("launcher's, every stylesheet parsed (-Dbinary.css=false)",
                new Setting(classpath, with("-Dbinary.css=false")));
        settings.put("launcher's + AppCDS archive", new Setting(classpath, with("-XX:SharedArchiveFile=" + archive)));
        settings.put(C1_ONLY, new Setting(classpath, with("-XX:TieredStopAtLevel=1")));
        settings.put("JDK defaults (G1, heap up to 1/4 of RAM)", new Setting(classpath, List.of()));
        if (beforeClasspath != null) {
            settings.put("launcher's, before: " + before, new Setting(beforeClasspath, UiBenchmark.APP_JVM_OPTIONS));
        }
        UiBenchmark.fork(classpath, with("-XX:ArchiveClassesAtExit=" + archive), StartRun.class.getName(), "start",
                Integer.toString(size), folder.toString());
        Map<String, List<long[]>> runs = new LinkedHashMap<>();
        for (int i = 0; i < STARTS; i++) {
            for (Map.Entry<String, Setting> setting : settings.entrySet()) {
                List<long[]> figures = runs.computeIfAbsent(setting.getKey(), key -> new ArrayList<>());
                for (String line : UiBenchmark.fork(setting.getValue().classpath(), setting.getValue().options(),
                        StartRun.class.getName(), "start", Integer.toString(size), folder.toString())) {
                    if (line.startsWith("  start ")) figures.add(numbers(line, 2, FIGURES));
                }
            }
        }
        printAll(size, "window classes", runs);
    }

    private static void theApp(int size, String classpath, String beforeClasspath, String before) throws Exception {
        try (AppStarts app = new AppStarts(size, true)) {
            app.fill(classpath, UiBenchmark.APP_JVM_OPTIONS); // the first start fills the kept copy
            String archive = Files.createTempDirectory("startbench-app-cds").resolve("app.jsa").toString();
            app.start(classpath, with("-XX:ArchiveClassesAtExit=" + archive), new ArrayList<>());
            Map<String, Setting> settings = new LinkedHashMap<>();
            settings.put(LAUNCHERS, new Setting(classpath, UiBenchmark.APP_JVM_OPTIONS));
            settings.put("launcher's + AppCDS archive", new Setting(classpath, with("-XX:SharedArchiveFile=" + archive)));
            settings.put(C1_ONLY, new Setting(classpath, with("-XX:TieredStopAtLevel=1")));
            if (beforeClasspath != null) {
                settings.put("launcher's, before: " + before, new Setting(beforeClasspath, UiBenchmark.APP_JVM_OPTIONS));
            }
            Map<String, List<long[]>> runs = new LinkedHashMap<>();
            for (int i = 0; i < STARTS; i++) {
                for (Map.Entry<String, Setting> setting : settings.entrySet()) {
                    List<String> log = new ArrayList<>();
                    Optional<long[]> times = app.start(setting.getValue().classpath(), setting.getValue().options(), log);
                    if (times.isEmpty()) System.out.println("  (an app start showed no rows: " + log + ")");
                    List<long[]> figures = runs.computeIfAbsent(setting.getKey(), key -> new ArrayList<>());
                    // from the process's start: shown, first rows, all rows
                    times.ifPresent(t -> figures.add(new long[]{-1, -1, t[0], t[1], t[2], -1, -1, -1, -1, -1}));
                }
            }
            printAll(size, "the app (Main)", runs);
        }
    }

    /** The floor: {@link BareWindowRun}'s window shown, ms from starting its process. */
    private static void bareWindow(int size, String classpath) throws Exception {
        String archive = Files.createTempDirectory("startbench-bare-cds").resolve("bare.jsa").toString();
        UiBenchmark.fork(classpath, with("-XX:ArchiveClassesAtExit=" + archive), BareWindowRun.class.getName());
        Map<String, List<String>> settings = new LinkedHashMap<>();
        settings.put(LAUNCHERS, UiBenchmark.APP_JVM_OPTIONS);
        settings.put("launcher's + AppCDS archive", with("-XX:SharedArchiveFile=" + archive));
        Map<String, List<long[]>> runs = new LinkedHashMap<>();
        for (int i = 0; i < STARTS; i++) {
            for (Map.Entry<String, List<String>> setting : settings.entrySet()) {
                List<long[]> figures = runs.computeIfAbsent(setting.getKey(), key -> new ArrayList<>());
                long launched = System.currentTimeMillis();
                for (String line : UiBenchmark.fork(classpath, setting.getValue(), BareWindowRun.class.getName())) {
                    if (!line.startsWith("  bare ")) continue;
                    long shown = Long.parseLong(line.trim().split(" ")[1]) - launched;
                    figures.add(new long[]{-1, -1, shown, -1, -1, -1, -1, -1, -1, -1});
                }
            }
        }
        printAll(size, "floor: a bare JavaFX window, no rows (BareWindowRun)", runs);
    }

    private record Setting(String classpath, List<String> options) {
    }

    private static List<String> with(String option) {
        List<String> options = new ArrayList<>(UiBenchmark.APP_JVM_OPTIONS);
        options.add(option);
        return options;
    }

    private static long[] numbers(String line, int from, int count) {
        String[] parts = line.trim().split(" ");
        long[] values = new long[count];
        for (int i = 0; i < count; i++) values[i] = Long.parseLong(parts[from + i]);
        return values;
    }

    /**
     * The class path with each class folder replaced by a jar of it, as the installed app has its classes; with
     * {@code mainClasses}, those in place of the project's {@code target/classes}.
     */
    private static String jarred(String classpath, Path jars, Path mainClasses) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            Path folder = Path.of(entry);
            if (!Files.isDirectory(folder)) {
                entries.add(entry);
                continue;
            }
            if (mainClasses != null && folder.getFileName().toString().equals("classes")) folder = mainClasses;
            Path jar = jars.resolve((mainClasses == null ? "" : "before-") + entries.size() + "-" + folder.getFileName()
                    + ".jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                 Stream<Path> files = Files.walk(folder)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    out.putNextEntry(new JarEntry(folder.relativize(file).toString().replace(File.separatorChar, '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
            entries.add(jar.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void printAll(int size, String start, Map<String, List<long[]>> runs) {
        List<long[]> baseline = runs.get(LAUNCHERS);
        for (Map.Entry<String, List<long[]>> setting : runs.entrySet()) {
            print(size, start, setting.getKey(), setting.getValue(),
                    setting.getKey().equals(LAUNCHERS) ? null : baseline);
        }
    }

    private static void print(int size, String start, String setting, List<long[]> runs, List<long[]> baseline) {
        if (runs.isEmpty()) {
            System.out.printf(Locale.US, "| %,d | %s | %s | (no start finished) | | | | | | | | | |%n", size, start, setting);
            return;
        }
        StringBuilder row = new StringBuilder(String.format(Locale.US, "| %,d | %s | %s |", size, start, setting));
        for (int figure = 0; figure < FIGURES; figure++) {
            List<Long> values = new ArrayList<>();
            for (long[] run : runs) values.add(run[figure]);
            Collections.sort(values);
            long median = values.get(values.size() / 2);
            if (median < 0) {
                row.append(" — |");
                continue;
            }
            String unit = figure >= TIMES ? " MiB" : "";
            row.append(String.format(Locale.US, " %,d%s (%,d–%,d)", median, unit, values.get(0),
                    values.get(values.size() - 1)));
            if (baseline != null && !baseline.isEmpty()) {
                List<Long> before = new ArrayList<>();
                for (long[] run : baseline) before.add(run[figure]);
                Collections.sort(before);
                row.append(String.format(Locale.US, " ×%.2f", (double) median / before.get(before.size() / 2)));
            }
            row.append(" |");
        }
        System.out.println(row);
    }
}
