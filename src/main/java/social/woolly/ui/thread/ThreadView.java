package social.woolly.ui.thread;

import atlantafx.base.theme.Styles;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import social.woolly.ui.common.Icons;
import social.woolly.ui.common.LoadStates;
import social.woolly.ui.status.StatusViewContext;
import social.woolly.ui.thread.ThreadViewModel.Phase;

/**
 * A thread on screen: a "Thread" header with a Back button, and one list of its posts, the opened
 * one marked and brought into view; a spinner while it loads, the error with Retry when it fails.
 * Binds to a {@link ThreadViewModel}; a post's buttons do what they do in a timeline.
 */
public final class ThreadView extends BorderPane {
    public static final String LIST_ID = "thread-list";
    public static final String ERROR_ID = "thread-error";
    public static final String BACK_ID = "thread-back";

    private final ThreadViewModel viewModel;
    private final ListView<ThreadRow> list = new ListView<>();

    /** @param back what Back, Esc and Backspace do (a step back in the thread, or leave it) */
    public ThreadView(ThreadViewModel viewModel, StatusViewContext context, ResourceBundle text, Runnable back) {
        this.viewModel = viewModel;
        list.setId(LIST_ID);
        list.getStyleClass().addAll("timeline-list", "thread-list", Styles.DENSE);
        list.setItems(viewModel.rows());
        list.setCellFactory(_ -> new ThreadCell(context));
        list.setPlaceholder(new Region());
        ThreadKeys keys = new ThreadKeys(list, context.actions());
        list.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        list.addEventFilter(KeyEvent.KEY_TYPED, keys);
        viewModel.selectedProperty().addListener((o, was, index) -> select(index.intValue()));
        StackPane body = new StackPane(
                list,
                LoadStates.spinner(viewModel.phaseProperty().isEqualTo(Phase.LOADING)),
                LoadStates.failure(
                        ERROR_ID,
                        viewModel.errorProperty(),
                        text.getString("thread.retry"),
                        viewModel::retry,
                        viewModel.phaseProperty().isEqualTo(Phase.FAILED)));
        setTop(header(text, back));
        setCenter(body);
        ThreadKeys.backOnEscape(this, back);
        getStyleClass().add("thread");
    }

    /** Gives the list the keyboard focus (j/k, Enter, Esc …). */
    public void focusList() {
        list.requestFocus();
    }

    public ListView<ThreadRow> list() {
        return list;
    }

    public ThreadViewModel viewModel() {
        return viewModel;
    }

    private static HBox header(ResourceBundle text, Runnable back) {
        Button close = new Button(null, Icons.back());
        close.setId(BACK_ID);
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new Tooltip(text.getString("thread.back")));
        close.setAccessibleText(text.getString("thread.back"));
        close.setOnAction(e -> back.run());
        Label title = new Label(text.getString("thread.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        HBox header = new HBox(close, title);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().addAll("tag-header", "thread-header");
        return header;
    }

    private void select(int index) {
        if (index < 0 || index >= list.getItems().size()) {
            return;
        }
        list.getSelectionModel().clearAndSelect(index);
        list.getFocusModel().focus(index);
        // The opened post at the top (or as low as the list's end allows); what it replies to is above.
        list.scrollTo(index);
    }
}
