package social.woolly.ui.status;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * A list cell that shows a {@link StatusItem} with one {@link StatusView}, made with the cell and
 * rebound on every update: scrolling through thousands of posts builds only as many views as cells
 * fit on screen (plus a few).
 */
public final class StatusCell extends ListCell<StatusItem> {

    private final StatusView view;

    public StatusCell(StatusViewContext context) {
        this.view = new StatusView(context);
        getStyleClass().add("status-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setText(null);
    }

    /** The cell factory for a {@code ListView<StatusItem>}. */
    public static Callback<ListView<StatusItem>, ListCell<StatusItem>> factory(StatusViewContext context) {
        return _ -> new StatusCell(context);
    }

    @Override
    protected void updateItem(@Nullable StatusItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            view.unbind();
            setGraphic(null);
            setAccessibleText(null);
        } else {
            if (view.item() != item) {
                view.bind(item);
            }
            setGraphic(view);
            setAccessibleText(view.accessibleSummary());
        }
    }

    /** The view this cell reuses; for the timeline's own refresh and for tests. */
    public StatusView view() {
        return view;
    }

    @Override
    protected double computePrefWidth(double height) {
        return StatusView.MIN_WIDTH + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null) {
            return super.computePrefHeight(width);
        }
        return view.heightInCell(this, width);
    }
}
