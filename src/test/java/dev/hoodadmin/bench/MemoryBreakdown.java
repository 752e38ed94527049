package dev.hoodadmin.bench;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where this process's resident memory goes (Linux): the Java heap's resident pages (its address range from
 * {@code GC.heap_info}, its pages from {@code /proc/self/smaps}), its committed and used size, the JVM's own
 * native memory by Native Memory Tracking (when the JVM runs with {@code -XX:NativeMemoryTracking=summary}),
 * file-mapped pages (libraries, the CDS archive, the modules file, fonts) and the anonymous memory outside the
 * heap that NMT does not account for (what libraries malloc'd, JavaFX's and SQLite's included, and what glibc
 * keeps after {@code free}). Sizes in MiB.
 */
final class MemoryBreakdown {
    /** NMT categories shown on their own; the rest of NMT's committed memory is summed as "other". */
    private static final List<String> NMT_PARTS = List.of("Class", "Metaspace", "Code", "Thread", "Symbol", "GC",
            "Shared class space");
    private static final Pattern NMT_LINE = Pattern.compile("^-\\s*(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)");
    private static final Pattern NMT_TOTAL = Pattern.compile("^Total: reserved=\\d+KB, committed=(\\d+)KB");
    private static final Pattern NMT_MALLOC = Pattern.compile("^\\s*malloc: (\\d+)KB");
    private static final Pattern ADDRESS = Pattern.compile("0x([0-9a-f]{16})");

    static final String HEADER = "| rows | JVM options | RSS | heap resident | heap committed | heap used | files mapped "
            + "| anon outside heap | NMT: metaspace + class | code | threads | symbols | GC | CDS archive (a file) | other "
            + "| NMT malloc | untracked anon (outside heap − NMT non-heap) |";

    private MemoryBreakdown() {
    }

    /** A figure that cannot be had (NMT off). */
    static final long NONE = Long.MIN_VALUE;

    /**
     * The figures in {@link #HEADER}'s order after rows and options, MiB; {@link #NONE} where one cannot be had. The
     * last is an estimate (NMT counts committed memory, some of which may not be resident) and may come out negative.
     */
    static long[] measure() throws Exception {
        long[] heap = heapRange();
        long rss = 0;
        long heapRss = 0;
        long files = 0;
        long start = -1;
        long end = -1;
        String name = "";
        for (String line : Files.readAllLines(Path.of("/proc/self/smaps"))) {
            if (line.matches("^[0-9a-f]+-[0-9a-f]+ .*")) {
                String[] parts = line.split("\\s+", 6);
                String[] range = parts[0].split("-");
                start = Long.parseUnsignedLong(range[0], 16);
                end = Long.parseUnsignedLong(range[1], 16);
                name = parts.length > 5 ? parts[5] : "";
            } else if (line.startsWith("Rss:")) {
                long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                rss += kb;
                if (start >= heap[0] && end <= heap[1]) heapRss += kb;
                else if (name.startsWith("/")) files += kb;
            }
        }
        Map<String, Long> nmt = nativeMemory();
        long nmtNonHeap = nmt.isEmpty() ? NONE : nmt.get("total") - nmt.get("Java Heap");
        long parts = 0;
        long[] shown = new long[NMT_PARTS.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = nmt.isEmpty() ? NONE : nmt.getOrDefault(NMT_PARTS.get(i), 0L);
            parts += Math.max(0, shown[i]);
        }
        long anonOutside = rss - heapRss - files;
        var usage = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new long[] {rss >> 10, heapRss >> 10, usage.getCommitted() >> 20, usage.getUsed() >> 20, files >> 10,
                anonOutside >> 10, nmt.isEmpty() ? NONE : mib(shown[0] + shown[1]), mib(shown[2]), mib(shown[3]),
                mib(shown[4]), mib(shown[5]), mib(shown[6]), nmt.isEmpty() ? NONE : mib(nmtNonHeap - parts),
                mib(nmt.getOrDefault("malloc", NONE)), nmt.isEmpty() ? NONE : (anonOutside - nmtNonHeap + shown[6]) / 1024};
    }

    private static long mib(long kb) {
        return kb == NONE ? NONE : kb >> 10;
    }

    /** The Java heap's lowest and highest address, from {@code GC.heap_info}. */
    private static long[] heapRange() throws Exception {
        String info = diagnostic("gcHeapInfo");
        long low = Long.MAX_VALUE;
        long high = 0;
        for (String line : info.split("\n")) {
            if (line.contains("Metaspace") || line.contains("class space")) continue;
            Matcher address = ADDRESS.matcher(line);
            while (address.find()) {
                long value = Long.parseUnsignedLong(address.group(1), 16);
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        return new long[] {low, high};
    }

    /** Committed KB per NMT category, with "total" and "malloc"; empty when NMT is off. */
    private static Map<String, Long> nativeMemory() throws Exception {
        Map<String, Long> committed = new LinkedHashMap<>();
        String summary = diagnostic("vmNativeMemory", "summary");
        for (String line : summary.split("\n")) {
            Matcher total = NMT_TOTAL.matcher(line);
            if (total.find()) committed.put("total", Long.parseLong(total.group(1)));
            Matcher malloc = NMT_MALLOC.matcher(line);
            if (malloc.find() && !committed.containsKey("malloc")) committed.put("malloc", Long.parseLong(malloc.group(1)));
            Matcher category = NMT_LINE.matcher(line);
            if (category.find()) committed.put(category.group(1).trim(), Long.parseLong(category.group(3)));
        }
        return committed.containsKey("total") ? committed : Map.of();
    }

    /** Runs a diagnostic command (as {@code jcmd} would) in this JVM; its text output. */
    static String diagnostic(String operation, String... arguments) throws Exception {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {arguments}, new String[] {String[].class.getName()});
    }
}
