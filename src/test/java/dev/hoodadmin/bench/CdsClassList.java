package dev.hoodadmin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Writes the class list the Linux installers' class-data-sharing archive is made from at install time
 * ({@code packaging/cds-classes.txt}, shipped in the app image): the classes a second start of the app loads until
 * all its rows show ({@link AppStartRun} with {@code -XX:DumpLoadedClassList}), the JDK's, JavaFX's, the app's and
 * its libraries'. Left out: headless Monocle (the installed app uses GTK), this training harness and the test
 * libraries, which the installed class path does not have. Class-path classes are listed by name only: the dump
 * (postinst, through the installed launcher) loads them from the launcher's class path, as a start does.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=dev.hoodadmin.bench.CdsClassList -Dexec.classpathScope=test \
 *     -Dexec.args=packaging/cds-classes.txt</pre>
 */
public final class CdsClassList {
    /** Classes of the training run only: Monocle, the harness, test libraries. */
    private static final List<String> LEFT_OUT = List.of("com/sun/glass/ui/monocle/", "dev/hoodadmin/bench/",
            "org/junit/", "org/opentest4j/", "org/apiguardian/", "org/testfx/", "org/assertj/", "net/jqwik/",
            "com/tngtech/archunit/", "net/bytebuddy/");

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
        List<String> kept = installedClasses(Files.readAllLines(dumped));
        List<String> lines = new ArrayList<>(List.of(
                "# Classes of a second start of Hood Admin, for the Linux installers' CDS archive (made by postinst).",
                "# Made by dev.hoodadmin.bench.CdsClassList (see packaging/README.md); the order is the JVM's."));
        lines.addAll(kept);
        Files.write(output, lines);
        System.out.println(kept.size() + " lines written to " + output);
        System.exit(0);
    }

    /** The lines naming classes the installed app has, and the lambda lines whose caller is one of them. */
    static List<String> installedClasses(List<String> dumped) {
        Predicate<String> installed = name -> LEFT_OUT.stream().noneMatch(name::startsWith);
        Set<String> seen = new TreeSet<>();
        List<String> kept = new ArrayList<>();
        for (String line : dumped) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] words = line.split(" ");
            boolean keep;
            if (words[0].equals("@lambda-proxy")) keep = installed.test(words[1]);
            else if (words[0].startsWith("@")) keep = true; // @lambda-form-invoker: the JDK's own holder classes
            else keep = installed.test(words[0]);
            // ids are of this run only; a class listed by name is found by name
            String entry = words[0].startsWith("@") ? line : words[0];
            if (keep && seen.add(entry)) kept.add(entry);
        }
        return kept;
    }
}
