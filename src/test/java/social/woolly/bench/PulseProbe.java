package social.woolly.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import org.jspecify.annotations.Nullable;

/**
 * Times the JavaFX pulses of one scene with public API only. Each pulse first runs the animation
 * timers (this probe's {@link AnimationTimer} marks its start), then, per scene, the pre-layout
 * listeners, the CSS and layout passes and the post-layout listeners, then copies the scene to the
 * render thread and waits for the previous frame's rendering. What it records, per pulse:
 *
 * <ul>
 *   <li><b>pulse</b>: from the animation timer to the scene's post-layout listener, that is the
 *       animations and the scene's CSS and layout; it leaves out the copy to the render graph and
 *       the painting, which no public API can time;
 *   <li><b>CSS + layout</b>: pre-layout to post-layout listener;
 *   <li><b>FX CPU per frame</b>: the CPU time the FX thread spent since the previous pulse, that is
 *       this pulse and all the work run between pulses ({@code runLater}: streamed batches, image
 *       deliveries, scrolling), whatever its wall time;
 *   <li><b>frame interval</b>: time between two pulse starts, 16.7 ms at 60 Hz when nothing is late.
 * </ul>
 *
 * <p>The running timer makes JavaFX pulse 60 times a second even when nothing changes. FX thread
 * only.
 */
final class PulseProbe {

    /** The samples of one stretch of the soak. */
    record Phase(String label, Samples pulse, Samples layout, Samples fxCpu, Samples interval) {
        Phase(String label) {
            this(label, new Samples(), new Samples(), new Samples(), new Samples());
        }

        Phase plus(Phase other, String newLabel) {
            return new Phase(
                    newLabel,
                    pulse.plus(other.pulse),
                    layout.plus(other.layout),
                    fxCpu.plus(other.fxCpu),
                    interval.plus(other.interval));
        }
    }

    private final Scene scene;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Phase> phases = new ArrayList<>();
    private final Runnable beforeLayout = this::beforeLayout;
    private final Runnable afterLayout = this::afterLayout;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulseStarted();
        }
    };
    private @Nullable Phase current;
    private long pulseStart;
    private long layoutStart;
    private long lastStart;
    private long lastCpu;

    PulseProbe(Scene scene) {
        this.scene = scene;
    }

    /** Starts recording into a new phase (or moves on to it). */
    void startPhase(String label) {
        if (current == null) {
            scene.addPreLayoutPulseListener(beforeLayout);
            scene.addPostLayoutPulseListener(afterLayout);
            timer.start();
        }
        Phase phase = new Phase(label);
        phases.add(phase);
        current = phase;
        lastStart = 0;
    }

    /** Stops recording: nothing is added after this. */
    void stop() {
        timer.stop();
        scene.removePreLayoutPulseListener(beforeLayout);
        scene.removePostLayoutPulseListener(afterLayout);
        current = null;
    }

    /** The phases recorded, in order. */
    List<Phase> phases() {
        return List.copyOf(phases);
    }

    private void pulseStarted() {
        long now = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        Phase phase = current;
        if (phase != null && lastStart != 0) {
            phase.interval().add(now - lastStart);
            phase.fxCpu().add(cpu - lastCpu);
        }
        lastStart = now;
        lastCpu = cpu;
        pulseStart = now;
    }

    private void beforeLayout() {
        layoutStart = System.nanoTime();
    }

    private void afterLayout() {
        long now = System.nanoTime();
        Phase phase = current;
        if (phase == null || pulseStart == 0) {
            return;
        }
        phase.pulse().add(now - pulseStart);
        phase.layout().add(now - layoutStart);
        pulseStart = 0;
    }
}
