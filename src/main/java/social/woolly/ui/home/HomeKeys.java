package social.woolly.ui.home;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * An account's navigation keys: {@code g} then {@code h}/{@code l}/{@code f}/{@code n}/{@code b}/{@code p}
 * goes home/local/federated/notifications/bookmarks/profile, {@code Ctrl+Tab} (with Shift: backwards)
 * cycles the places, {@code n} or {@code Ctrl+N} writes a new post, {@code ?} lists every
 * shortcut. Never while typing in a text field.
 */
final class HomeKeys implements EventHandler<KeyEvent> {
    private static final long G_WINDOW_MILLIS = 1500;

    private final Clock clock;
    private final Supplier<Place> current;
    private final Consumer<Place> go;
    private final Runnable showShortcuts;
    private final Runnable newPost;
    /** The style class of the composer's root (ComposeView). */
    static final String COMPOSER_STYLE_CLASS = "compose";

    private long gPressedAt = Long.MIN_VALUE;

    HomeKeys(Clock clock, Supplier<Place> current, Consumer<Place> go, Runnable showShortcuts, Runnable newPost) {
        this.clock = clock;
        this.current = current;
        this.go = go;
        this.showShortcuts = showShortcuts;
        this.newPost = newPost;
    }

    @Override
    public void handle(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_PRESSED) {
            pressed(event);
        } else if (event.getEventType() == KeyEvent.KEY_TYPED) {
            typed(event);
        }
    }

    private void pressed(KeyEvent event) {
        if (event.getCode() == KeyCode.N && event.isShortcutDown()) {
            newPost.run();
            event.consume();
            return;
        }
        if (event.getCode() == KeyCode.TAB && event.isControlDown()) {
            Place[] places = Place.values();
            int step = event.isShiftDown() ? places.length - 1 : 1;
            go.accept(places[(current.get().ordinal() + step) % places.length]);
            event.consume();
        }
    }

    private void typed(KeyEvent event) {
        if (event.isShortcutDown()
                || event.isAltDown()
                || event.getTarget() instanceof TextInputControl
                || insideComposer(event.getTarget())) {
            return;
        }
        String key = event.getCharacter();
        // gPressedAt is MIN_VALUE when no g is pending: subtracting it would overflow.
        boolean afterG = gPressedAt != Long.MIN_VALUE && clock.millis() - gPressedAt < G_WINDOW_MILLIS;
        gPressedAt = Long.MIN_VALUE;
        Place target = !afterG
                ? null
                : switch (key) {
                    case "h" -> Place.HOME;
                    case "l" -> Place.LOCAL;
                    case "f" -> Place.FEDERATED;
                    case "n" -> Place.NOTIFICATIONS;
                    case "b" -> Place.BOOKMARKS;
                    case "p" -> Place.PROFILE;
                    default -> null;
                };
        if (target != null) {
            go.accept(target);
        } else if (key.equals("g")) {
            gPressedAt = clock.millis();
        } else if (key.equals("n")) {
            newPost.run();
        } else if (key.equals("?")) {
            showShortcuts.run();
        } else {
            return;
        }
        event.consume();
    }

    /**
     * Whether the key went to the composer (a button, the visibility list, an attachment): single
     * letters there are not shortcuts, or an "n" would start a new post over the one being written.
     */
    private static boolean insideComposer(javafx.event.@org.jspecify.annotations.Nullable EventTarget target) {
        for (javafx.scene.Node node = target instanceof javafx.scene.Node n ? n : null;
                node != null;
                node = node.getParent()) {
            if (node.getStyleClass().contains(COMPOSER_STYLE_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
