package social.woolly.ui.timeline;

import atlantafx.base.theme.Styles;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;
import social.woolly.ui.common.Icons;
import social.woolly.ui.status.StatusItem;
import social.woolly.ui.status.StatusView;
import social.woolly.ui.status.StatusViewContext;

/**
 * A timeline row: a post in one reused {@link StatusView}, or the "Load missing posts" button of a
 * gap. Cells are reused as the list scrolls; no node tree is built per post.
 */
final class TimelineCell extends ListCell<TimelineRow> {
    private final StatusViewContext context;
    private final Consumer<TimelineRow.Gap> fillGap;
    private final Runnable nearEnd;
    private final ResourceBundle text;
    private @Nullable StatusView view;
    private @Nullable StackPane gapBox;
    private @Nullable Button gapButton;
    /** In the flow's measuring cell: the post to size, bound only if its height is not known. */
    private @Nullable StatusItem toMeasure;

    TimelineCell(StatusViewContext context, ResourceBundle text, Consumer<TimelineRow.Gap> fillGap, Runnable nearEnd) {
        this.context = context;
        this.text = text;
        this.fillGap = fillGap;
        this.nearEnd = nearEnd;
        getStyleClass().add("timeline-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setText(null);
        // A right-click on a post opens the same menu as its "more" button, where the mouse is.
        setOnContextMenuRequested(e -> {
            if (getItem() instanceof TimelineRow.Post post && !isEmpty()) {
                context.actions().showMoreAt(post.item(), this, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }

    @Override
    protected void updateItem(@Nullable TimelineRow row, boolean empty) {
        super.updateItem(row, empty);
        toMeasure = null;
        if (!empty && row instanceof TimelineRow.Post post && isMeasuring()) {
            // Sizing a row that is not on screen (the flow does this for a few rows every layout, and
            // starts over whenever the row count changes): binding costs a post's nodes and their CSS,
            // so bind only when the height is not known yet (see computePrefHeight).
            toMeasure = post.item();
            return;
        }
        switch (empty ? null : row) {
            case null -> {
                // The flow empties every cell when it rebuilds (a batch of streamed posts) and then
                // hands most of them the same posts again: keep the view bound and in the scene
                // (only hidden), so that this costs neither a new bind nor new CSS.
                if (view != null && getGraphic() == view) {
                    view.setVisible(false);
                } else {
                    setGraphic(null);
                }
                setAccessibleText(null);
            }
            case TimelineRow.Post post -> {
                StatusView shown = view();
                if (shown.item() != post.item()) {
                    shown.bind(post.item());
                }
                shown.setVisible(true);
                setGraphic(shown);
                setAccessibleText(shown.accessibleSummary());
            }
            case TimelineRow.Gap gap -> {
                setGraphic(gap(gap));
                setAccessibleText(text.getString("timeline.gap"));
            }
        }
        // Rendering one of the last rows means the person is near the end: fetch older posts.
        if (!empty
                && getListView() != null
                && getIndex() >= getListView().getItems().size() - 5) {
            nearEnd.run();
        }
    }

    /**
     * Whether this is the flow's measuring cell: it sizes rows that are not on screen and lives
     * outside the sheet of shown cells. What it is given is not being read: no fetching older posts.
     */
    private boolean isMeasuring() {
        Parent parent = getParent();
        return parent != null && !parent.getStyleClass().contains("sheet");
    }

    private StatusView view() {
        if (view == null) {
            view = new StatusView(context);
        }
        return view;
    }

    private StackPane gap(TimelineRow.Gap gap) {
        if (gapBox == null) {
            gapButton = new Button(text.getString("timeline.gap"), Icons.loadMissing());
            gapButton.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT, "timeline-gap-button");
            gapBox = new StackPane(gapButton);
            gapBox.getStyleClass().add("timeline-gap");
        }
        Button button = gapButton;
        if (button != null) {
            button.setOnAction(e -> fillGap.accept(gap));
            button.setDisable(gap.loading());
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.getStyleClass().add("timeline-gap-spinner");
            button.setGraphic(gap.loading() ? spinner : Icons.loadMissing());
        }
        return gapBox;
    }

    @Override
    protected double computePrefWidth(double height) {
        return StatusView.MIN_WIDTH + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        // The flow sizes cells at their preferred height; computing a minimum would lay out the post.
        return snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        StatusItem measured = toMeasure;
        if (measured != null) {
            double known = measured.rowHeight(width);
            if (known >= 0) {
                return known;
            }
            toMeasure = null;
            StatusView shown = view();
            if (shown.item() != measured) {
                shown.bind(measured);
            }
            shown.setVisible(true);
            setGraphic(shown);
            applyCss();
        }
        if (!(getGraphic() instanceof StatusView shown) || shown.item() == null) {
            return super.computePrefHeight(width);
        }
        double height = shown.heightInCell(this, width);
        if (width >= 0 && !isEmpty()) {
            shown.item().rememberRowHeight(width, height);
        }
        return height;
    }
}
