package social.woolly.ui.thread;

import java.util.Optional;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import social.woolly.ui.common.ListSteps;
import social.woolly.ui.status.StatusActions;
import social.woolly.ui.status.StatusItem;

/**
 * A thread's keys, as in a timeline: {@code j}/{@code k} next/previous post, {@code f} favourite,
 * {@code b} boost, {@code r} reply; {@code Enter} opens the selected post's thread, {@code Esc} or
 * {@code Backspace} goes back.
 */
final class ThreadKeys implements EventHandler<KeyEvent> {
    private final ListView<ThreadRow> list;
    private final StatusActions actions;

    ThreadKeys(ListView<ThreadRow> list, StatusActions actions) {
        this.list = list;
        this.actions = actions;
    }

    @Override
    public void handle(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        if (event.getEventType() == KeyEvent.KEY_PRESSED) {
            pressed(event);
        } else if (event.getEventType() == KeyEvent.KEY_TYPED) {
            typed(event);
        }
    }

    private void pressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            selected().ifPresent(actions::openStatus);
            event.consume();
        }
    }

    /**
     * Esc or Backspace anywhere in the thread (the Back button may have the focus after a click),
     * but not while typing.
     */
    static void backOnEscape(Node thread, Runnable back) {
        // A filter: the list itself takes Esc (to cancel editing) before a handler would see it.
        thread.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean typing = event.getTarget() instanceof TextInputControl;
            if (!typing && (event.getCode() == KeyCode.ESCAPE || event.getCode() == KeyCode.BACK_SPACE)) {
                back.run();
                event.consume();
            }
        });
    }

    private void typed(KeyEvent event) {
        switch (event.getCharacter()) {
            case "j" -> ListSteps.move(list, 1);
            case "k" -> ListSteps.move(list, -1);
            case "f" -> selected().ifPresent(actions::favourite);
            case "b" -> selected().ifPresent(actions::reblog);
            case "r" -> selected().ifPresent(actions::reply);
            default -> {
                return;
            }
        }
        event.consume();
    }

    private Optional<StatusItem> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(ThreadRow::item);
    }
}
