package social.woolly.ui.compose;

import atlantafx.base.theme.Styles;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.jspecify.annotations.Nullable;
import social.woolly.core.compose.Draft;
import social.woolly.ui.common.AppStyles;

/**
 * The "Drafts (N)" button of the composer's header and the list it opens: each draft's first
 * words, when it was last changed and whether it replies or edits, with Open and Delete (Delete
 * asks first, in the row). Binds to a {@link DraftListViewModel}.
 */
public final class DraftListView {
    public static final String BUTTON_ID = "compose-drafts";
    public static final String LIST_ID = "compose-drafts-list";
    private static final int PREVIEW_CHARS = 60;

    private final DraftListViewModel viewModel;
    private final ResourceBundle words;
    private final Button button = new Button();
    private final Popup popup = new Popup();
    private final DateTimeFormatter times =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    public DraftListView(DraftListViewModel viewModel, ResourceBundle words) {
        this.viewModel = viewModel;
        this.words = words;
        button.setId(BUTTON_ID);
        button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, "compose-drafts-button");
        button.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> MessageFormat.format(
                                words.getString("compose.drafts.button"),
                                viewModel.countProperty().get()),
                        viewModel.countProperty()));
        button.disableProperty().bind(viewModel.countProperty().isEqualTo(0));
        button.setOnAction(e -> toggle());

        ListView<Draft> list = new ListView<>(viewModel.items());
        list.setId(LIST_ID);
        list.setCellFactory(_ -> new DraftCell());
        list.setPrefSize(340, 240);
        list.setPlaceholder(new Label(words.getString("compose.drafts.empty")));
        Label heading = new Label(words.getString("compose.drafts.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label error = new Label();
        error.textProperty().bind(viewModel.errorProperty());
        error.getStyleClass().add("compose-error");
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox content = new VBox(heading, list, error);
        content.getStyleClass().add("compose-drafts-popup");
        // A popup is a window of its own: it gets the app's stylesheet only if asked.
        content.getStylesheets().add(AppStyles.APP_CSS);
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        content.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                e.consume();
            }
        });
    }

    /** The header button. */
    public Button button() {
        return button;
    }

    /** The list's window, while shown (for tests and screenshots). */
    public Popup popup() {
        return popup;
    }

    private void toggle() {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        viewModel.refresh();
        Bounds at = button.localToScreen(button.getBoundsInLocal());
        if (at != null) {
            // Its right edge under the button's, so that it opens into the composer, not past it.
            popup.setAnchorLocation(javafx.stage.PopupWindow.AnchorLocation.CONTENT_TOP_RIGHT);
            popup.show(button, at.getMaxX(), at.getMaxY() + 4);
        }
    }

    private String describe(Draft draft) {
        String text = draft.text().isBlank() ? draft.spoilerText() : draft.text();
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.isEmpty()) {
            return words.getString("compose.drafts.noText");
        }
        return oneLine.length() > PREVIEW_CHARS ? oneLine.substring(0, PREVIEW_CHARS) + "\u2026" : oneLine;
    }

    private String marker(Draft draft) {
        if (draft.isEdit()) {
            return words.getString("compose.drafts.edit");
        }
        if (draft.inReplyToAcct() != null) {
            return MessageFormat.format(words.getString("compose.drafts.reply"), "@" + draft.inReplyToAcct());
        }
        return draft.inReplyToId() == null ? "" : words.getString("compose.drafts.replyUnknown");
    }

    /** One draft, with Open and Delete; Delete turns the row into a question first. */
    private final class DraftCell extends ListCell<Draft> {
        private final Label preview = new Label();
        private final Label details = new Label();
        private final Button open = new Button(words.getString("compose.drafts.open"));
        private final Button delete = new Button(words.getString("compose.drafts.delete"));
        private final Label question = new Label(words.getString("compose.drafts.confirm"));
        private final Button confirm = new Button(words.getString("compose.drafts.delete"));
        private final Button keep = new Button(words.getString("compose.drafts.keep"));
        private final HBox actions = new HBox(open, delete);
        private final HBox asking = new HBox(question, confirm, keep);
        private final VBox box;

        DraftCell() {
            preview.getStyleClass().add("compose-drafts-text");
            details.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            open.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT, "compose-drafts-open");
            delete.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, "compose-drafts-delete");
            confirm.getStyleClass().addAll(Styles.SMALL, Styles.DANGER, "compose-drafts-confirm");
            keep.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            question.getStyleClass().add(Styles.TEXT_SMALL);
            for (HBox row : new HBox[] {actions, asking}) {
                row.setAlignment(Pos.CENTER_LEFT);
                row.getStyleClass().add("compose-drafts-actions");
            }
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox bottom = new HBox(details, grow, actions, asking);
            bottom.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(preview, bottom);
            box.getStyleClass().add("compose-drafts-row");
            asking(false);
            open.setOnAction(e -> {
                Draft draft = getItem();
                if (draft != null) {
                    popup.hide();
                    viewModel.open(draft);
                }
            });
            delete.setOnAction(e -> asking(true));
            keep.setOnAction(e -> asking(false));
            confirm.setOnAction(e -> {
                Draft draft = getItem();
                if (draft != null) {
                    viewModel.delete(draft);
                }
            });
            setPrefWidth(0);
        }

        private void asking(boolean on) {
            asking.setVisible(on);
            asking.setManaged(on);
            actions.setVisible(!on);
            actions.setManaged(!on);
        }

        @Override
        protected void updateItem(@Nullable Draft draft, boolean empty) {
            super.updateItem(draft, empty);
            asking(false);
            if (empty || draft == null) {
                setGraphic(null);
                return;
            }
            preview.setText(describe(draft));
            String marker = marker(draft);
            String when = times.format(draft.updatedAt());
            details.setText(marker.isEmpty() ? when : when + " \u00b7 " + marker);
            setGraphic(box);
        }
    }
}
