package social.woolly.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import social.woolly.App;
import social.woolly.core.store.AppDirs;
import social.woolly.ui.timeline.TimelineView;

/**
 * The timeline soak of issue #4, as a program: starts a sandbox (in a child JVM unless told
 * otherwise), signs alice in, launches the real {@link App} in this JVM, waits for her home
 * timeline, then streams posts into it while {@link Scroller} scrolls it. After {@code --checkpoint}
 * and after {@code --posts} posts it pauses, waits until Woolly has taken in every post, and reads
 * this process's RSS as it is and after a garbage collection hint; {@link PulseProbe} times the pulses
 * meanwhile. Prints a summary and exits 0; exits 1 if the run could not complete, 2 if it ran out of
 * time. Only 127.0.0.1 is contacted.
 *
 * <p>Options: see {@link SoakOptions}. {@code --diagnose} writes class histograms (at each
 * checkpoint after the readings, and once while Woolly catches up), the native memory summary
 * (with {@code -XX:NativeMemoryTracking=summary}) and the process's memory mappings ({@code
 * /proc/self/smaps}) and a heap dump of live objects. Run by {@code docs/bench/timeline-soak.sh}.
 */
public final class TimelineSoak {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    // Woolly may fall behind the feed and catch up for minutes; taking no post at all for this long is a failure.
    private static final Duration STALL_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    // Where the run is, for the watchdog to say if it ends the run.
    private static volatile String status = "starting";

    /** What was seen at one checkpoint. */
    record Checkpoint(
            int posts,
            double postingSeconds,
            double arrivedAfterSeconds,
            int rows,
            Memory.Reading asIs,
            Memory.Reading afterGc) {}

    private final SoakOptions options;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("soak-scroller").factory());

    private @Nullable Path out;

    private TimelineSoak(SoakOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        // As social.woolly.Launcher does first thing in the packaged app.
        social.woolly.core.platform.NativeMemory.limitMallocArenas();
        social.woolly.core.platform.NativeMemory.skipGdkGl();
        SoakOptions options = SoakOptions.parse(args);
        watchdog(Duration.ofMinutes(options.limitMinutes()));
        int code;
        try {
            code = new TimelineSoak(options).run();
        } catch (Exception | OutOfMemoryError e) {
            // Woolly running out of heap is a result too: report it and end, rather than hang.
            System.out.println("SOAK FAILED: " + e);
            e.printStackTrace(System.out);
            code = 1;
        }
        System.out.flush();
        // App.stop() has run; this also ends the JavaFX and OkHttp threads that are not daemons.
        System.exit(code);
    }

    private int run() throws Exception {
        Path home = woollyHome();
        Path folder = options.out() != null ? options.out() : home.resolve("soak");
        Files.createDirectories(folder);
        this.out = folder;
        System.out.println("Woolly timeline soak: home " + home + ", output " + folder);
        long preparing = System.nanoTime();
        try (Feed feed =
                options.childProcess() ? ProcessFeed.start(options.posts()) : Feed.inProcess(options.posts())) {
            System.out.printf(
                    "sandbox at %s (%s); %,d posts prepared (%,d pictures uploaded) in %.1f s%n",
                    feed.baseUrl(),
                    options.childProcess() ? "child JVM" : "this JVM",
                    options.posts(),
                    feed.pictures(),
                    (System.nanoTime() - preparing) / 1e9);
            SoakSignIn.signIn(feed.baseUrl(), feed.aliceToken(), AppDirs.forCurrentUser());
            AtomicReference<@Nullable Throwable> launchFailure = new AtomicReference<>();
            Thread launcher = Thread.ofPlatform().name("soak-launch").start(() -> {
                try {
                    Application.launch(App.class);
                } catch (RuntimeException e) {
                    launchFailure.set(e);
                }
            });
            String report = soakAll(feed, awaitHome(launchFailure));
            System.out.println(report);
            Files.writeString(folder.resolve("summary.txt"), report, StandardCharsets.UTF_8);
            Platform.exit();
            launcher.join(Duration.ofSeconds(15));
        }
        return 0;
    }

    /** Streams every post into the shown {@code list}, with both checkpoints; returns the summary. */
    private String soakAll(Feed feed, ListView<?> list) throws Exception {
        Thread.sleep(Duration.ofSeconds(options.settleSeconds()));
        Memory.Reading idle = Memory.read();
        System.out.printf(
                "home timeline shown with %d rows; RSS %.1f MB%n",
                Fx.call(() -> list.getItems().size()), idle.rss() / 1e6);
        PulseProbe probe = Fx.call(() -> new PulseProbe(list.getScene()));
        ArrivalCounter arrivals = Fx.call(() -> ArrivalCounter.attach(list));
        Scroller scroller = new Scroller(list);
        scroller.start(scheduler);
        Checkpoint first = soak(feed, list, arrivals, probe, scroller, options.checkpoint());
        Checkpoint last = soak(feed, list, arrivals, probe, scroller, options.posts());
        scroller.stop();
        Fx.run(probe::stop);
        double scrolled = Fx.call(scroller::scrolledPixels);
        int jumps = Fx.call(scroller::jumps);
        return new SoakReport(new SoakReport.Run(options, idle, first, last, probe.phases(), scrolled, jumps)).render();
    }

    private Checkpoint soak(
            Feed feed, ListView<?> list, ArrivalCounter arrivals, PulseProbe probe, Scroller scroller, int total)
            throws Exception {
        Fx.run(() -> probe.startPhase("posting to " + total));
        status = "posting to " + total;
        if (options.scroll()) {
            scroller.resume();
        }
        long start = System.nanoTime();
        feed.postUntil(total, options.rate(), n -> System.out.printf("  %,d posts%n", n));
        double posting = (System.nanoTime() - start) / 1e9;
        scroller.pause();
        long reached = System.nanoTime();
        Path folder = out;
        awaitArrived(
                arrivals,
                DirtyNodes.of(list.getScene()),
                total,
                options.diagnose() && folder != null
                        ? folder.resolve("histogram-catching-up-" + total + ".txt")
                        : null);
        double arrivedAfter = (System.nanoTime() - reached) / 1e9;
        // The posting phase ends once Woolly has caught up: a backlog is part of the load.
        Fx.run(() -> probe.startPhase("checkpoint at " + total));
        Thread.sleep(Duration.ofSeconds(options.settleSeconds()));
        Memory.Reading asIs = Memory.read();
        gcHint();
        Thread.sleep(Duration.ofSeconds(options.settleSeconds()));
        Memory.Reading afterGc = Memory.read();
        int rows = Fx.call(() -> list.getItems().size());
        System.out.printf(
                "%,d posts in %.1f s; all in the list %.2f s later; %d rows; RSS %.1f MB, %.1f MB after GC hint%n",
                total, posting, arrivedAfter, rows, asIs.rss() / 1e6, afterGc.rss() / 1e6);
        if (options.diagnose() && folder != null) {
            Files.writeString(folder.resolve("histogram-" + total + ".txt"), Memory.classHistogram());
            Files.writeString(folder.resolve("native-" + total + ".txt"), Memory.nativeSummary());
            // Which mappings hold the RSS (heap, malloc arenas, thread stacks, libraries): diff two.
            Files.copy(java.nio.file.Path.of("/proc/self/smaps"), folder.resolve("smaps-" + total + ".txt"));
            // Live objects only; read with docs/bench/hprof-holders.py (what holds the biggest arrays).
            java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap(folder.resolve("heap-" + total + ".hprof").toString(), true);
        }
        return new Checkpoint(total, posting, arrivedAfter, rows, asIs, afterGc);
    }

    /**
     * {@code System.gc()}, a new style lookup and a redrawn frame, {@code System.gc()} again. JavaFX
     * keeps two weak maps that drop the entries of collected keys only when they are next looked up:
     * a CSS cache per scene root (each tooltip is one; looked up when a node gets new styles) and,
     * in software rendering, Prism's texture of each picture (looked up when a frame draws a
     * picture). A quiet app does neither, so without them the second collection could not free
     * what they hold (the textures of every picture dropped since the last full collection).
     */
    private static void gcHint() throws Exception {
        System.gc();
        Fx.run(() -> {
            new Scene(new Label()).getRoot().applyCss();
            for (Window window : Window.getWindows()) {
                if (window.isShowing() && window.getScene() != null) {
                    window.getScene().getRoot().setOpacity(0.999);
                }
            }
        });
        Thread.sleep(Duration.ofMillis(200));
        Fx.run(() -> {
            for (Window window : Window.getWindows()) {
                if (window.getScene() != null) {
                    window.getScene().getRoot().setOpacity(1);
                }
            }
        });
        Thread.sleep(Duration.ofMillis(200));
        System.gc();
    }

    /** Waits until Woolly's window shows a home timeline with rows in it. */
    private static ListView<?> awaitHome(AtomicReference<@Nullable Throwable> launchFailure) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Throwable failed = launchFailure.get();
            if (failed != null) {
                throw new IllegalStateException("Woolly did not start", failed);
            }
            try {
                ListView<?> list = Fx.call(TimelineSoak::homeList);
                if (list != null) {
                    return list;
                }
            } catch (IllegalStateException notYet) {
                // The toolkit is not up yet.
            }
            Thread.sleep(250);
        }
        throw new TimeoutException("no home timeline after " + START_TIMEOUT.toSeconds()
                + " s: is a keychain answering (then the token file is not read)? See the app log.");
    }

    private static @Nullable ListView<?> homeList() {
        for (Window window : Window.getWindows()) {
            Node node = window.getScene() == null ? null : window.getScene().lookup("#" + TimelineView.LIST_ID);
            if (node instanceof ListView<?> list && !list.getItems().isEmpty()) {
                return list;
            }
        }
        return null;
    }

    /**
     * Waits until the list has had all {@code expected} streamed posts, however long Woolly takes to
     * catch up (the watchdog bounds the run), unless it takes none for {@link #STALL_TIMEOUT}. With
     * {@code histogram}, writes a class histogram there on the first progress report.
     */
    private static void awaitArrived(ArrivalCounter counter, DirtyNodes dirty, int expected, @Nullable Path histogram)
            throws Exception {
        boolean histogramTaken = histogram == null;
        int seen = -1;
        long progressAt = System.nanoTime();
        long reportAt = progressAt + PROGRESS_EVERY.toNanos();
        while (true) {
            int count = counter.count();
            status = String.format("%,d of %,d posts in Woolly's list", count, expected);
            if (count >= expected) {
                return;
            }
            long now = System.nanoTime();
            if (count > seen) {
                seen = count;
                progressAt = now;
            } else if (now - progressAt > STALL_TIMEOUT.toNanos()) {
                throw new TimeoutException("Woolly took no post for " + STALL_TIMEOUT.toSeconds() + " s; " + status);
            }
            if (now > reportAt) {
                String pending = dirty.count().isPresent()
                        ? String.format(
                                "; %,d nodes wait for the next pulse",
                                dirty.count().getAsInt())
                        : "";
                System.out.println("  catching up: " + status + pending);
                if (!histogramTaken) {
                    // What the FX thread's backlog keeps alive, taken while it is at it.
                    Files.writeString(histogram, Memory.classHistogram());
                    histogramTaken = true;
                }
                reportAt = now + PROGRESS_EVERY.toNanos();
            }
            Thread.sleep(200);
        }
    }

    private static Path woollyHome() throws IOException {
        String set = System.getProperty(AppDirs.HOME_PROPERTY);
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        Path temp = Files.createTempDirectory("woolly-soak-");
        System.setProperty(AppDirs.HOME_PROPERTY, temp.toString());
        return temp;
    }

    /** Ends the process (exit code 2) after {@code limit}, whatever it is doing: the soak stops by itself. */
    private static void watchdog(Duration limit) {
        Thread.ofPlatform().daemon().name("soak-watchdog").start(() -> {
            try {
                Thread.sleep(limit);
                System.out.printf(
                        "SOAK TIMED OUT after %d min: %s; RSS now %.1f MB%n",
                        limit.toMinutes(), status, Memory.read().rss() / 1e6);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                System.out.println("SOAK TIMED OUT after " + limit.toMinutes() + " min: " + status);
            } finally {
                System.out.flush();
                Runtime.getRuntime().halt(2);
            }
        });
    }
}
