package dev.hoodadmin.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * {@code mvn -q test-compile exec:java@startbench [-Dexec.args="5000 100000"]}: second starts of the window on a
 * kept copy ({@link StartRun}), 3 per setting, each in a fresh JVM: with the launchers' heap options, the same
 * with an AppCDS archive of the app's classes dumped by one start before ({@code -XX:ArchiveClassesAtExit}, the
 * JDK 17 way), and with the JDK's default heap and collector. Prints median (min–max) of the times since the
 * JVM started and of resident memory and live heap, and each median's ratio to the launchers' options.
 * Prints figures; asserts nothing.
 */
public final class StartBenchmark {
    private static final int STARTS = 3;
    /** Figures of a start as {@link StartRun} prints them: five times (ms), then three sizes (MiB). */
    private static final int FIGURES = 8;
    private static final int TIMES = 5;

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) sizes.add(Integer.parseInt(arg.replace("_", "")));
        if (sizes.isEmpty()) sizes = List.of(5_000, 100_000);
        // class data sharing archives classes from jars only (a class folder on the path refuses the archive)
        String classpath = jarred(UiBenchmark.classpath(), Files.createTempDirectory("startbench-jars"));
        System.out.println("Second start of the window on its kept copy: ms since the JVM started, then memory once "
                + "every row shows; median (min–max) of " + STARTS + " starts, ×: median ÷ the launcher's first row:");
        System.out.println("| rows | JVM options | main() | JavaFX up | window shown | first rows | all rows "
                + "| RSS, all rows | live heap | RSS after GC, 3 s idle |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int size : sizes) {
            Path folder = Files.createTempDirectory("startbench");
            UiBenchmark.fork(classpath, UiBenchmark.APP_JVM_OPTIONS, StartRun.class.getName(), "fill",
                    Integer.toString(size), folder.toString());
            String archive = folder.resolve("app.jsa").toString();
            List<String> withArchive = new ArrayList<>(UiBenchmark.APP_JVM_OPTIONS);
            withArchive.add("-XX:SharedArchiveFile=" + archive);
            List<String> dump = new ArrayList<>(UiBenchmark.APP_JVM_OPTIONS);
            dump.add("-XX:ArchiveClassesAtExit=" + archive);
            List<long[]> launcher = starts(classpath, UiBenchmark.APP_JVM_OPTIONS, size, folder);
            UiBenchmark.fork(classpath, dump, StartRun.class.getName(), "start", Integer.toString(size), folder.toString());
            List<long[]> shared = starts(classpath, withArchive, size, folder);
            List<long[]> defaults = starts(classpath, List.of(), size, folder);
            print(size, "launcher's (" + String.join(" ", UiBenchmark.APP_JVM_OPTIONS) + ")", launcher, null);
            print(size, "launcher's + AppCDS archive", shared, launcher);
            print(size, "JDK defaults (G1, heap up to 1/4 of RAM)", defaults, launcher);
        }
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

    private static List<long[]> starts(String classpath, List<String> options, int size, Path folder) throws Exception {
        List<long[]> figures = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            for (String line : UiBenchmark.fork(classpath, options, StartRun.class.getName(), "start",
                    Integer.toString(size), folder.toString())) {
                if (!line.startsWith("  start ")) continue;
                String[] parts = line.trim().split(" ");
                long[] run = new long[FIGURES];
                for (int figure = 0; figure < FIGURES; figure++) run[figure] = Long.parseLong(parts[figure + 2]);
                figures.add(run);
            }
        }
        return figures;
    }

    private static void print(int size, String setting, List<long[]> runs, List<long[]> baseline) {
        if (runs.isEmpty()) {
            System.out.printf(Locale.US, "| %,d | %s | (no start finished) | | | | | | | |%n", size, setting);
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
