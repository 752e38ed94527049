package dev.hoodadmin.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code mvn -q test-compile exec:java@uibench [-Dexec.args="10000 50000 100000"]}: the window's figures beside
 * stock JavaFX ({@code FilteredList} + {@code SortedList}) at each size, each variant in a fresh JVM with the app's
 * heap settings (so resident memory is the variant's own), then the list-load benchmark against the simulator.
 * Prints figures; asserts nothing.
 */
public final class UiBenchmark {
    /** The heap settings of {@code mvn javafx:run} and the installers' launchers. */
    static final List<String> APP_JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30");

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) sizes.add(Integer.parseInt(arg.replace("_", "")));
        if (sizes.isEmpty()) sizes = List.of(10_000, 50_000, 100_000);
        String classpath = classpath();
        System.out.println("UI benchmark: 2 variants x " + sizes + " rows, headless (Monocle), JVM options "
                + String.join(" ", APP_JVM_OPTIONS));
        System.out.println(WindowRun.HEADER);
        for (int size : sizes) {
            for (String variant : List.of("app", "stock")) {
                fork(classpath, WindowRun.class.getName(), variant, Integer.toString(size));
            }
        }
        System.out.println();
        fork(classpath, ListLoadRun.class.getName());
    }

    private static void fork(String classpath, String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(APP_JVM_OPTIONS);
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("|") || line.startsWith("  ") || line.startsWith("List") || line.startsWith("-")) {
                    System.out.println(line);
                }
            }
        }
        if (process.waitFor() != 0) System.out.println("  (" + mainClass + " " + String.join(" ", args) + " failed)");
    }

    /** exec:java runs inside Maven: the project's test classpath is the class loader's, not java.class.path. */
    private static String classpath() {
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
