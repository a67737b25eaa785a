package social.woolly.ui.timeline;

import javafx.event.EventHandler;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import social.woolly.ui.common.ListSteps;
import social.woolly.ui.status.StatusActions;

/**
 * The timeline's keys: {@code j}/{@code k} next/previous post, {@code f} favourite and {@code b}
 * boost the selected post, {@code Enter} opens its thread, {@code F5} or {@code .} refresh. Keys with modifiers are left to the
 * window (Ctrl+1…9, Ctrl+,).
 */
final class TimelineKeys implements EventHandler<KeyEvent> {
    private final ListView<TimelineRow> list;
    private final TimelineViewModel viewModel;
    private final StatusActions actions;

    TimelineKeys(ListView<TimelineRow> list, TimelineViewModel viewModel, StatusActions actions) {
        this.list = list;
        this.viewModel = viewModel;
        this.actions = actions;
    }

    @Override
    public void handle(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        if (event.getEventType() == KeyEvent.KEY_PRESSED && event.getCode() == KeyCode.F5) {
            viewModel.refresh();
            event.consume();
            return;
        }
        if (event.getEventType() == KeyEvent.KEY_PRESSED && event.getCode() == KeyCode.ENTER) {
            selected().ifPresent(actions::openStatus);
            event.consume();
            return;
        }
        if (event.getEventType() != KeyEvent.KEY_TYPED) {
            return;
        }
        switch (event.getCharacter()) {
            case "j" -> ListSteps.move(list, 1);
            case "k" -> ListSteps.move(list, -1);
            case "." -> viewModel.refresh();
            case "f" -> selected().ifPresent(actions::favourite);
            case "b" -> selected().ifPresent(actions::reblog);
            case "r" -> selected().ifPresent(actions::reply);
            default -> {
                return;
            }
        }
        event.consume();
    }

    private java.util.Optional<social.woolly.ui.status.StatusItem> selected() {
        return list.getSelectionModel().getSelectedItem() instanceof TimelineRow.Post post
                ? java.util.Optional.of(post.item())
                : java.util.Optional.empty();
    }
}
