package social.woolly.ui.thread;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import org.jspecify.annotations.Nullable;
import social.woolly.ui.status.StatusView;
import social.woolly.ui.status.StatusViewContext;

/**
 * A post of a thread in one reused {@link StatusView}: the opened post marked {@code :opened},
 * replies indented by the {@code :depth-1} … {@code :depth-5} pseudo-classes.
 */
final class ThreadCell extends ListCell<ThreadRow> {
    private static final PseudoClass OPENED = PseudoClass.getPseudoClass("opened");
    private static final List<PseudoClass> DEPTHS = depths();

    private final StatusView view;

    ThreadCell(StatusViewContext context) {
        view = new StatusView(context);
        getStyleClass().add("thread-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setText(null);
        setOnContextMenuRequested(e -> {
            ThreadRow row = getItem();
            if (row != null && !isEmpty()) {
                context.actions().showMoreAt(row.item(), this, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }

    private static List<PseudoClass> depths() {
        List<PseudoClass> all = new ArrayList<>();
        for (int depth = 0; depth <= ThreadRow.MAX_DEPTH; depth++) {
            all.add(PseudoClass.getPseudoClass("depth-" + depth));
        }
        return List.copyOf(all);
    }

    @Override
    protected void updateItem(@Nullable ThreadRow row, boolean empty) {
        super.updateItem(row, empty);
        int depth = empty || row == null ? 0 : row.depth();
        for (int i = 1; i < DEPTHS.size(); i++) {
            pseudoClassStateChanged(DEPTHS.get(i), i == depth);
        }
        pseudoClassStateChanged(OPENED, !empty && row != null && row.opened());
        if (empty || row == null) {
            view.unbind();
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        if (view.item() != row.item()) {
            view.bind(row.item());
        }
        setGraphic(view);
        setAccessibleText(view.accessibleSummary());
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
