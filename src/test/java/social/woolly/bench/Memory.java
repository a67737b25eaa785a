package social.woolly.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * This process's memory as the OS sees it ({@code VmRSS} and its parts from {@code
 * /proc/self/status}) and as the JVM sees it (heap, non-heap), plus the JVM's own diagnostic
 * commands for finding out where it went: a class histogram and the native memory summary.
 */
final class Memory {
    private Memory() {}

    /**
     * One reading, in bytes.
     *
     * @param rss resident set size ({@code VmRSS}): what issue #4 measures
     * @param rssAnon the anonymous part of it: Java heap, malloc, thread stacks
     * @param rssFile the file-backed part: mapped jars, libraries, the CDS archive
     */
    record Reading(long rss, long rssAnon, long rssFile, long heapUsed, long heapCommitted, long nonHeapCommitted) {}

    static Reading read() throws IOException {
        long rss = 0;
        long anon = 0;
        long file = 0;
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line);
            } else if (line.startsWith("RssAnon:")) {
                anon = kilobytes(line);
            } else if (line.startsWith("RssFile:")) {
                file = kilobytes(line);
            }
        }
        MemoryMXBean jvm = ManagementFactory.getMemoryMXBean();
        MemoryUsage heap = jvm.getHeapMemoryUsage();
        return new Reading(
                rss,
                anon,
                file,
                heap.getUsed(),
                heap.getCommitted(),
                jvm.getNonHeapMemoryUsage().getCommitted());
    }

    private static long kilobytes(String line) {
        String[] words = line.trim().split("\\s+");
        return Long.parseLong(words[1]) * 1024;
    }

    /** {@code jcmd PID GC.class_histogram}: live objects by class, after the full GC it runs first. */
    static String classHistogram() {
        return command("gcClassHistogram");
    }

    /** {@code jcmd PID VM.native_memory summary}; says so if native memory tracking is off. */
    static String nativeSummary() {
        return command("vmNativeMemory", "summary");
    }

    private static String command(String operation, String... arguments) {
        try {
            Object result = ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            operation,
                            new Object[] {arguments},
                            new String[] {String[].class.getName()});
            return String.valueOf(result);
        } catch (JMException e) {
            return "(" + operation + " failed: " + e + ")\n";
        }
    }
}
