package social.woolly.ui.desktop;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Window;

/**
 * When the person last used a window: keys, the wheel or touchpad, clicks, drags and pointer moves.
 * Not the enter/exit events JavaFX makes up while content moves under a still pointer (a list
 * scrolling by itself, posts arriving). Read from any thread.
 */
public final class LastInput {
    private static final List<EventType<? extends InputEvent>> TYPES = List.of(
            KeyEvent.ANY, ScrollEvent.ANY, MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_DRAGGED, MouseEvent.MOUSE_MOVED);

    private final AtomicLong nanos = new AtomicLong(System.nanoTime());

    private LastInput() {}

    /** Starts watching {@code window} (FX thread); counts from now. */
    public static LastInput watch(Window window) {
        LastInput last = new LastInput();
        EventHandler<InputEvent> used = e -> last.nanos.setOpaque(System.nanoTime());
        for (EventType<? extends InputEvent> type : TYPES) {
            window.addEventFilter(type, used);
        }
        return last;
    }

    /** The {@link System#nanoTime()} of the last input, or of {@link #watch} before any. */
    public long nanos() {
        return nanos.getOpaque();
    }
}
