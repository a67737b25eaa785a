package social.woolly.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The soak's summary table: memory at both checkpoints, pulse times per stretch, the goals of issue #4. */
final class SoakReport {
    private static final double RSS_GOAL_MB = 300;
    private static final double GROWTH_GOAL_PERCENT = 10;
    private static final double PULSE_GOAL_MS = 16;
    private static final double FRAME_MS = 1000.0 / 60;

    /** What the run saw, from start to end. */
    record Run(
            SoakOptions options,
            Memory.Reading idle,
            TimelineSoak.Checkpoint first,
            TimelineSoak.Checkpoint last,
            List<PulseProbe.Phase> phases,
            double scrolledPixels,
            int jumps) {}

    private final Run run;
    private final TimelineSoak.Checkpoint first;
    private final TimelineSoak.Checkpoint last;
    private final StringBuilder out = new StringBuilder();

    SoakReport(Run run) {
        this.run = run;
        this.first = run.first();
        this.last = run.last();
    }

    String render() {
        header();
        line("");
        memory();
        line("");
        pulses();
        line("");
        goals();
        return out.toString();
    }

    private void header() {
        SoakOptions options = run.options();
        line("== Woolly timeline soak (issue #4) ==");
        line(
                "Java %s, max heap %.0f MB, GC %s, %d CPUs",
                Runtime.version(),
                Runtime.getRuntime().maxMemory() / 1e6,
                gcNames(),
                Runtime.getRuntime().availableProcessors());
        line(
                "JVM options: %s",
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        double posting = first.postingSeconds() + last.postingSeconds();
        double catchingUp = first.arrivedAfterSeconds() + last.arrivedAfterSeconds();
        line(
                "Sandbox: %s. %,d posts: %.0f/s asked, %.0f/s made, %.0f/s taken in by Woolly",
                options.childProcess() ? "child JVM, not in this RSS" : "in this JVM, its memory is in this RSS",
                last.posts(),
                options.rate(),
                last.posts() / posting,
                last.posts() / (posting + catchingUp));
        line(
                "Woolly had every post %.1f s and %.1f s after the last was made; %,.0f px scrolled, %d jumps to the newest",
                first.arrivedAfterSeconds(), last.arrivedAfterSeconds(), run.scrolledPixels(), run.jumps());
    }

    private void memory() {
        Memory.Reading idle = run.idle();
        line(
                "Idle, home timeline shown, before any post: RSS %.1f MB; heap used %.1f MB of %.1f MB committed",
                idle.rss() / 1e6, idle.heapUsed() / 1e6, idle.heapCommitted() / 1e6);
        line("Memory (MB = 10^6 bytes)              after %,6d   after %,6d   growth", first.posts(), last.posts());
        row("RSS, as is", first.asIs().rss(), last.asIs().rss());
        row("RSS, after GC hint", first.afterGc().rss(), last.afterGc().rss());
        row(
                "  anonymous (heap, malloc, stacks)",
                first.afterGc().rssAnon(),
                last.afterGc().rssAnon());
        row(
                "  file-backed (jars, libraries)",
                first.afterGc().rssFile(),
                last.afterGc().rssFile());
        row("heap used, as is", first.asIs().heapUsed(), last.asIs().heapUsed());
        row("heap committed, as is", first.asIs().heapCommitted(), last.asIs().heapCommitted());
        row("heap used, after hint", first.afterGc().heapUsed(), last.afterGc().heapUsed());
        row(
                "heap committed, after hint",
                first.afterGc().heapCommitted(),
                last.afterGc().heapCommitted());
        row(
                "non-heap committed, after hint",
                first.afterGc().nonHeapCommitted(),
                last.afterGc().nonHeapCommitted());
        line("Rows in the list: %d and %d", first.rows(), last.rows());
    }

    private void pulses() {
        line("Pulses (ms)                      frames     p50     p90     p99   p99.9      max  >16.7 ms");
        for (PulseProbe.Phase phase : postingPhases()) {
            Samples frames = phase.interval();
            line(
                    "%s: %,d frames in %.1f s (%.1f per s), the longest %.1f s apart",
                    phase.label(),
                    frames.count() + 1,
                    frames.sumMillis() / 1000,
                    frames.count() / (frames.sumMillis() / 1000),
                    frames.maxMillis() / 1000);
            pulses("pulse (animation+CSS+layout)", phase.pulse());
            pulses("  CSS + layout", phase.layout());
            pulses("FX thread CPU per frame", phase.fxCpu());
            pulses("frame interval", phase.interval());
        }
    }

    private void goals() {
        line("Goals (issue #4)");
        double rss = last.asIs().rss() / 1e6;
        double hinted = last.afterGc().rss() / 1e6;
        goal(
                format("RSS after %,d <= %.0f MB", last.posts(), RSS_GOAL_MB),
                format("%.1f MB as is, %.1f MB after hint", rss, hinted),
                rss <= RSS_GOAL_MB && hinted <= RSS_GOAL_MB);
        double growth = growth(first.asIs().rss(), last.asIs().rss());
        double growthHinted = growth(first.afterGc().rss(), last.afterGc().rss());
        goal(
                format("RSS growth %,d -> %,d <= %.0f %%", first.posts(), last.posts(), GROWTH_GOAL_PERCENT),
                format("%+.1f %% as is, %+.1f %% after hint", growth, growthHinted),
                growth <= GROWTH_GOAL_PERCENT && growthHinted <= GROWTH_GOAL_PERCENT);
        PulseProbe.Phase all = postingPhases().getLast();
        double p99 = all.pulse().percentileMillis(99);
        goal(
                format("p99 pulse <= %.0f ms", PULSE_GOAL_MS),
                format("%.2f ms; FX CPU per frame p99 %.2f ms", p99, all.fxCpu().percentileMillis(99)),
                p99 <= PULSE_GOAL_MS);
    }

    /** The stretches with posts streaming in, then all of them together; the quiet checkpoints are left out. */
    private List<PulseProbe.Phase> postingPhases() {
        List<PulseProbe.Phase> posting = new ArrayList<>(run.phases().stream()
                .filter(p -> p.label().startsWith("posting"))
                .toList());
        PulseProbe.Phase total = posting.getFirst();
        for (PulseProbe.Phase phase : posting.subList(1, posting.size())) {
            total = total.plus(phase, "all posting");
        }
        if (posting.size() > 1) {
            posting.add(total);
        }
        return posting;
    }

    private void row(String label, long before, long after) {
        line("  %-36s %11.1f %13.1f   %+6.1f %%", label, before / 1e6, after / 1e6, growth(before, after));
    }

    private void pulses(String label, Samples samples) {
        line(
                "  %-30s %6d %7.2f %7.2f %7.2f %7.2f %8.1f  %6.2f %%",
                label,
                samples.count(),
                samples.percentileMillis(50),
                samples.percentileMillis(90),
                samples.percentileMillis(99),
                samples.percentileMillis(99.9),
                samples.maxMillis(),
                samples.count() == 0 ? 0 : 100.0 * samples.countAbove(FRAME_MS) / samples.count());
    }

    private void goal(String what, String measured, boolean met) {
        line("  %-34s %-46s %s", what, measured, met ? "met" : "NOT MET");
    }

    private static double growth(long before, long after) {
        return 100.0 * (after - before) / before;
    }

    private static String gcNames() {
        return String.join(
                "+",
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName)
                        .toList());
    }

    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private void line(String format, Object... args) {
        out.append(format(format, args)).append('\n');
    }
}
