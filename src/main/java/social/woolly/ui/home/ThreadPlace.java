package social.woolly.ui.home;

import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;
import social.woolly.ui.status.StatusItem;
import social.woolly.ui.status.StatusViewContext;
import social.woolly.ui.thread.ThreadView;
import social.woolly.ui.thread.ThreadViewModel;
import social.woolly.ui.timeline.TimelineView;

/**
 * The account's one thread view, opened in place of what the workspace shows (a timeline, kept as
 * it is, scroll position and all) and closed back to it. Opening a post from the thread goes one
 * step deeper; Back comes up step by step. FX thread only.
 */
final class ThreadPlace {
    private final StackPane content;
    private final ThreadViewModel viewModel;
    private final ThreadView view;
    private @Nullable Node covered;

    ThreadPlace(StackPane content, ThreadViewModel viewModel, StatusViewContext context, ResourceBundle text) {
        this.content = content;
        this.viewModel = viewModel;
        this.view = new ThreadView(viewModel, context, text, this::back);
    }

    /** Opens the thread of {@code item}: in place of the view shown, or a step deeper when it is this one. */
    void open(StatusItem item) {
        if (isShown()) {
            viewModel.open(item);
        } else {
            covered = content.getChildren().isEmpty()
                    ? null
                    : content.getChildren().getFirst();
            viewModel.start(item);
            content.getChildren().setAll(view);
        }
        view.focusList();
    }

    /** One step back in the thread, or back to the view it covered. */
    void back() {
        if (viewModel.back()) {
            // After a click on Back, the keys (j/k, Enter, Esc) belong to the list again.
            view.focusList();
            return;
        }
        Node left = covered;
        covered = null;
        // The thread's posts are not needed any more; only the (empty) view stays.
        viewModel.dispose();
        if (left != null) {
            content.getChildren().setAll(left);
            if (left.lookup("#" + TimelineView.LIST_ID) instanceof Node list) {
                list.requestFocus();
            }
        }
    }

    boolean isShown() {
        return view.getParent() == content;
    }

    void dispose() {
        viewModel.dispose();
    }
}
