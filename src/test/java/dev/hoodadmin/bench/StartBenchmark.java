package dev.hoodadmin.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * {@code mvn -q test-compile exec:java@startbench [-Dexec.args="5000 100000"]}: second starts of the window on a
 * kept copy ({@link StartRun}), 3 per setting, each in a fresh JVM, the settings taking turns: with the launchers'
 * JVM options (the pom's {@code app.jvm.options}), with the options before issue 10's memory work, the launchers'
 * with an AppCDS archive of the app's classes dumped by one start before ({@code -XX:ArchiveClassesAtExit}, the
 * JDK 17 way), and with the JDK's default heap and collector. Prints median (min–max) of the times since the JVM
 * started and of resident memory and live heap, and each median's ratio to the launchers' options; then, from one
 * more start per setting with Native Memory Tracking, where the resident memory goes ({@link MemoryBreakdown}).
 * Prints figures; asserts nothing.
 */
public final class StartBenchmark {
    private static final int STARTS = 3;
    /** Figures of a start as {@link StartRun} prints them: six times (ms), then four sizes (MiB). */
    private static final int FIGURES = 10;
    private static final int TIMES = 6;
    /** The launchers' JVM options before issue 10's memory work, measured beside today's. */
    private static final List<String> BEFORE = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30");

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) sizes.add(Integer.parseInt(arg.replace("_", "")));
        if (sizes.isEmpty()) sizes = List.of(5_000, 100_000);
        // class data sharing archives classes from jars only (a class folder on the path refuses the archive)
        String classpath = jarred(UiBenchmark.classpath(), Files.createTempDirectory("startbench-jars"));
        List<String> launcher = UiBenchmark.APP_JVM_OPTIONS;
        System.out.println("Second start of the window on its kept copy: ms since the JVM started, then memory once "
                + "every row shows; median (min–max) of " + STARTS + " starts, ×: median ÷ the launcher's first row:");
        System.out.println("| rows | JVM options | main() | JavaFX up | window shown | first rows | all rows "
                + "| GC pauses until all rows | RSS, all rows | RSS " + StartRun.SETTLE_MILLIS / 1000 + " s later | live heap "
                + "| RSS after GC, 3 s idle |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<String> breakdowns = new ArrayList<>();
        for (int size : sizes) {
            Path folder = Files.createTempDirectory("startbench");
            UiBenchmark.fork(classpath, launcher, StartRun.class.getName(), "fill", Integer.toString(size),
                    folder.toString());
            String archive = folder.resolve("app.jsa").toString();
            List<String> withArchive = new ArrayList<>(launcher);
            withArchive.add("-XX:SharedArchiveFile=" + archive);
            List<String> dump = new ArrayList<>(launcher);
            dump.add("-XX:ArchiveClassesAtExit=" + archive);
            UiBenchmark.fork(classpath, dump, StartRun.class.getName(), "start", Integer.toString(size), folder.toString());
            Map<String, List<String>> settings = new LinkedHashMap<>();
            settings.put("launcher's (" + String.join(" ", launcher) + ")", launcher);
            settings.put("before (" + String.join(" ", BEFORE) + ")", BEFORE);
            settings.put("launcher's + AppCDS archive", withArchive);
            settings.put("JDK defaults (G1, heap up to 1/4 of RAM)", List.of());
            Map<String, List<long[]>> figures = new LinkedHashMap<>();
            settings.keySet().forEach(name -> figures.put(name, new ArrayList<>()));
            for (int i = 0; i < STARTS; i++) { // the settings take turns, so a busier moment does not favour one
                for (Map.Entry<String, List<String>> setting : settings.entrySet()) {
                    figures.get(setting.getKey()).addAll(starts(classpath, setting.getValue(), size, folder, "start"));
                }
            }
            List<long[]> baseline = figures.values().iterator().next();
            figures.forEach((name, runs) -> print(size, name, runs, runs == baseline ? null : baseline));
            for (Map.Entry<String, List<String>> setting : settings.entrySet()) {
                List<String> options = new ArrayList<>(setting.getValue());
                options.addAll(List.of("-XX:NativeMemoryTracking=summary", "-D" + StartRun.BREAKDOWN + "=true"));
                for (long[] breakdown : starts(classpath, options, size, folder, "breakdown")) {
                    StringBuilder row = new StringBuilder(String.format(Locale.US, "| %,d | %s |", size, setting.getKey()));
                    for (long figure : breakdown) {
                        row.append(figure == MemoryBreakdown.NONE ? " — |" : String.format(Locale.US, " %,d |", figure));
                    }
                    breakdowns.add(row.toString());
                }
            }
        }
        System.out.println();
        System.out.println("Where the resident memory goes at the end of a start (every row shown, a full GC, 3 s idle), "
                + "MiB; one more start per setting, with -XX:NativeMemoryTracking=summary (NMT's own bookkeeping, "
                + "about 3 MiB, is part of the figures):");
        System.out.println(MemoryBreakdown.HEADER);
        System.out.println("|---".repeat(MemoryBreakdown.HEADER.split("\\|").length - 1) + "|");
        breakdowns.forEach(System.out::println);
    }

    /** The class path with each class folder replaced by a jar of it, as the installed app has its classes. */
    private static String jarred(String classpath, Path jars) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            Path folder = Path.of(entry);
            if (!Files.isDirectory(folder)) {
                entries.add(entry);
                continue;
            }
            Path jar = jars.resolve(entries.size() + "-" + folder.getFileName() + ".jar");
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

    /** One start with {@code options}: the numbers of its line that begins with {@code kind} ("start", "breakdown"). */
    private static List<long[]> starts(String classpath, List<String> options, int size, Path folder, String kind)
            throws Exception {
        List<long[]> figures = new ArrayList<>();
        for (String line : UiBenchmark.fork(classpath, options, StartRun.class.getName(), "start",
                Integer.toString(size), folder.toString())) {
            if (!line.startsWith("  " + kind + " ")) continue;
            String[] parts = line.trim().split(" ");
            int from = kind.equals("start") ? 2 : 1; // a start line repeats the rows first
            long[] run = new long[parts.length - from];
            for (int figure = 0; figure < run.length; figure++) run[figure] = Long.parseLong(parts[figure + from]);
            figures.add(run);
        }
        return figures;
    }

    private static void print(int size, String setting, List<long[]> runs, List<long[]> baseline) {
        if (runs.isEmpty()) {
            System.out.printf(Locale.US, "| %,d | %s | (no start finished) | | | | | | | | | |%n", size, setting);
            return;
        }
        StringBuilder row = new StringBuilder(String.format(Locale.US, "| %,d | %s |", size, setting));
        for (int figure = 0; figure < FIGURES; figure++) {
            List<Long> values = new ArrayList<>();
            for (long[] run : runs) values.add(run[figure]);
            Collections.sort(values);
            long median = values.get(values.size() / 2);
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
