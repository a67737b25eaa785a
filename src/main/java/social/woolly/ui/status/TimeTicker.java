package social.woolly.ui.status;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.util.Duration;

/**
 * One clock tick for a whole timeline, every 30 seconds, so that "5m" becomes "6m" without a timer
 * per post. Each {@link StatusView} listens (weakly) to {@link #tickProperty()} and refreshes its time
 * when it changes; since cells are reused, that is a few dozen listeners however long the list.
 * The timeline view starts it when shown and stops it when it leaves the scene. FX thread only.
 */
public final class TimeTicker {

    /** How often relative times are refreshed. */
    public static final Duration PERIOD = Duration.seconds(30);

    private final ReadOnlyLongWrapper tick = new ReadOnlyLongWrapper(this, "tick");
    private final Timeline timeline = new Timeline(new KeyFrame(PERIOD, _ -> tickNow()));

    public TimeTicker() {
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    /** Refreshes every listening view at once, e.g. when the window comes back from sleep. */
    public void tickNow() {
        tick.set(tick.get() + 1);
    }

    /** Increases by one on each tick. */
    public ReadOnlyLongProperty tickProperty() {
        return tick.getReadOnlyProperty();
    }
}
