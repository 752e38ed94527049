package dev.hoodadmin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Writes the class list the Linux installer's class-data-sharing archive is made from ({@code packaging/cds-classes.txt}):
 * the JDK and JavaFX classes a second start of the app loads until all its rows show ({@link AppStartRun} with
 * {@code -XX:DumpLoadedClassList}). Only those: they come from the installer's runtime image, which an archive
 * covers wherever the package is installed; the app's own jars would have to sit at the path they had when the
 * archive was made (JDK 17). Headless Monocle classes are left out (the installed app uses GTK).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=dev.hoodadmin.bench.CdsClassList -Dexec.classpathScope=test \
 *     -Dexec.args=packaging/cds-classes.txt</pre>
 */
public final class CdsClassList {
    private static final List<String> RUNTIME_PACKAGES = List.of("java/", "javax/", "jdk/", "sun/", "com/sun/", "javafx/");
    private static final String MONOCLE = "com/sun/glass/ui/monocle/";

    private CdsClassList() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "packaging/cds-classes.txt");
        Path dumped = Files.createTempFile("cds-classes", ".txt");
        String classpath = UiBenchmark.classpath();
        try (AppStarts app = new AppStarts(5_000, true)) {
            app.fill(classpath, UiBenchmark.APP_JVM_OPTIONS); // the first start fills the kept copy
            List<String> options = new ArrayList<>(UiBenchmark.APP_JVM_OPTIONS);
            options.add("-XX:DumpLoadedClassList=" + dumped);
            if (app.start(classpath, options, new ArrayList<>()).isEmpty()) throw new IllegalStateException("the training start did not show its rows");
        }
        List<String> kept = runtimeClasses(Files.readAllLines(dumped));
        List<String> lines = new ArrayList<>(List.of(
                "# JDK and JavaFX classes of a second start of Hood Admin, for the Linux installer's CDS archive.",
                "# Made by dev.hoodadmin.bench.CdsClassList (see packaging/README.md); the order is the JVM's."));
        lines.addAll(kept);
        Files.write(output, lines);
        System.out.println(kept.size() + " lines written to " + output);
        System.exit(0);
    }

    /** The lines naming runtime-image classes, and the lambda lines whose caller is one of them. */
    static List<String> runtimeClasses(List<String> dumped) {
        Predicate<String> runtime = name -> RUNTIME_PACKAGES.stream().anyMatch(name::startsWith) && !name.startsWith(MONOCLE);
        Set<String> seen = new TreeSet<>();
        List<String> kept = new ArrayList<>();
        for (String line : dumped) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] words = line.split(" ");
            boolean keep;
            if (words[0].equals("@lambda-proxy")) keep = runtime.test(words[1]);
            else if (words[0].startsWith("@")) keep = true; // @lambda-form-invoker: the JDK's own holder classes
            else keep = runtime.test(words[0]);
            // ids are of this run only; a class listed by name is found by name
            String entry = words[0].startsWith("@") ? line : words[0];
            if (keep && seen.add(entry)) kept.add(entry);
        }
        return kept;
    }
}
