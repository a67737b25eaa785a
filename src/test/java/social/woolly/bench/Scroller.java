package social.woolly.bench;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import org.jspecify.annotations.Nullable;

/**
 * Scrolls the timeline like someone reading it, one step every 100 ms: 6 s down at 1,200 px/s,
 * 2 s back up, 2 s still; every third round starts with a jump to the newest post (as the "new
 * posts" pill does). Steps go through {@link VirtualFlow#scrollPixels}, which the mouse wheel
 * also ends in. Deterministic; no robot.
 */
final class Scroller {
    private static final long STEP_MILLIS = 100;
    private static final double STEP_PIXELS = 120;
    private static final int ROUND = 100;

    private final ListView<?> list;
    private volatile boolean paused = true;
    private @Nullable ScheduledFuture<?> ticking;
    private int tick;
    private double scrolledPixels;
    private int jumps;

    Scroller(ListView<?> list) {
        this.list = list;
    }

    void start(ScheduledExecutorService scheduler) {
        ticking = scheduler.scheduleAtFixedRate(
                () -> Platform.runLater(this::step), STEP_MILLIS, STEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
    }

    void stop() {
        paused = true;
        ScheduledFuture<?> running = ticking;
        if (running != null) {
            running.cancel(false);
        }
    }

    /** Pixels actually scrolled so far, both ways (FX thread). */
    double scrolledPixels() {
        return scrolledPixels;
    }

    /** Jumps to the newest post so far (FX thread). */
    int jumps() {
        return jumps;
    }

    private void step() {
        if (paused || !(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return;
        }
        int inRound = tick % ROUND;
        if (tick % (3 * ROUND) == 0) {
            list.scrollTo(0);
            jumps++;
        } else if (inRound < 60) {
            scrolledPixels += Math.abs(flow.scrollPixels(STEP_PIXELS));
        } else if (inRound < 80) {
            scrolledPixels += Math.abs(flow.scrollPixels(-STEP_PIXELS));
        }
        tick++;
    }
}
