package dev.hoodadmin.bench;

import java.io.BufferedWriter;
import java.io.File;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Peak heap of reading a large edits CSV, the former way (whole file in memory) against the streamed way, each
 * in a JVM of its own with the same heap limit, and the whole streamed {@code apply}; then the streamed apply
 * again under a small heap limit. Prints figures; not a unit test.
 *
 * <pre>mvn -q test-compile exec:java@csvbench [-Dexec.args="ROWS"]</pre>
 * (default 1,000,000 rows over 150 properties, six fields each, about 40 MB).
 */
public final class CsvMemoryBenchmark {
    private static final String PROBE = "dev.hoodadmin.cli.CsvMemoryProbe";

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = Files.createTempDirectory("csv-memory");
        Path csv = generate(folder.resolve("edits.csv"), rows);
        System.out.printf("%,d rows, %,.1f MB%n", rows, Files.size(csv) / 1e6);
        System.out.println("| run | heap limit | peak heap used | result |");
        System.out.println("|-----|-----------:|---------------:|--------|");
        long wholeFile = run("whole-file", csv, folder.resolve("s1"), "2g");
        long streamed = run("streamed", csv, folder.resolve("s2"), "2g");
        run("apply", csv, folder.resolve("s3"), "2g");
        run("whole-file", csv, folder.resolve("s4"), "64m");
        run("apply", csv, folder.resolve("s5"), "64m");
        System.out.printf("streamed / whole-file peak: %.3f%n", (double) streamed / wholeFile);
    }

    private static Path generate(Path file, int rows) throws Exception {
        String[] fields = {"example", "description", "export_alias", "pi_data", "importable", "exportable"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,field,value\n");
            for (int i = 0; i < rows; i++) {
                String field = fields[i % fields.length];
                String value = field.equals("pi_data") || field.equals("importable") || field.equals("exportable")
                        ? String.valueOf(i % 2) : field.equals("export_alias") ? "alias_" + i : "value number " + i;
                out.write((1000100 + (i / fields.length) % 150) + "," + field + "," + value + "\n");
            }
        }
        return file;
    }

    private static long run(String mode, Path csv, Path state, String heap) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-cp", classPath(), PROBE, mode, csv.toString(), state.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = child.waitFor();
        long peak = output.lines().filter(line -> line.startsWith("peak-heap-bytes ")).mapToLong(line ->
                Long.parseLong(line.substring("peak-heap-bytes ".length()))).findFirst().orElse(-1);
        String result = exit != 0 ? "FAILED (exit " + exit + ", " + (output.contains("OutOfMemoryError") ? "out of memory"
                : output.lines().reduce((a, b) -> b).orElse("")) + ")"
                : output.lines().filter(line -> !line.startsWith("peak-heap-bytes")).collect(Collectors.joining("; "));
        System.out.printf("| %s | %s | %s | %s |%n", mode, heap, peak < 0 ? "-" : String.format("%,.0f MB", peak / 1e6), result);
        return peak;
    }

    private static String classPath() {
        String own = System.getProperty("java.class.path");
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) { // under exec:java
            return Arrays.stream(loader.getURLs()).map(url -> new File(url.getPath()).getPath())
                    .collect(Collectors.joining(File.pathSeparator)) + File.pathSeparator + own;
        }
        return own;
    }
}
