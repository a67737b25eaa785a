package social.woolly.ui.common;

import javafx.scene.control.ListView;

/** Moving through a list of posts by keyboard ({@code j}/{@code k}). */
public final class ListSteps {
    private ListSteps() {}

    /** Selects the row {@code step} rows away (the first, when none is selected), with one row above it in view. */
    public static void move(ListView<?> list, int step) {
        int size = list.getItems().size();
        if (size == 0) {
            return;
        }
        int current = list.getSelectionModel().getSelectedIndex();
        int next = Math.clamp(current < 0 ? 0 : current + step, 0, size - 1);
        list.getSelectionModel().clearAndSelect(next);
        list.getFocusModel().focus(next);
        list.scrollTo(Math.max(0, next - 1));
    }
}
