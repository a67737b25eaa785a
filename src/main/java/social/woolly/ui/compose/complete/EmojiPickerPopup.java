package social.woolly.ui.compose.complete;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import social.woolly.ui.concurrent.Cancellable;
import social.woolly.ui.media.ImageLoader;

/**
 * The emoji picker: a search field over a virtual list of rows (section titles and lines of
 * emoji), so that a server with thousands of custom emoji costs only the rows on screen; their
 * images load as the rows appear. Clicking an emoji (or Enter in the search, for the first one)
 * hands it to {@code chosen} and closes the picker.
 */
final class EmojiPickerPopup {
    static final String SEARCH_ID = "compose-emoji-search";
    static final String LIST_ID = "compose-emoji-list";
    private static final double ROW = 36;
    private static final double EMOJI = 24;

    private final EmojiPickerViewModel viewModel;
    private final Consumer<PickerEmoji> chosen;
    private final Popup popup = new Popup();
    private final TextField search = new TextField();
    private final Label hovered = new Label();
    private final VBox box;

    EmojiPickerPopup(
            EmojiPickerViewModel viewModel, ImageLoader images, ResourceBundle words, Consumer<PickerEmoji> chosen) {
        this.viewModel = viewModel;
        this.chosen = chosen;
        search.setId(SEARCH_ID);
        search.setPromptText(words.getString("compose.emoji.search"));
        search.setAccessibleText(words.getString("compose.emoji.search"));
        search.textProperty().bindBidirectional(viewModel.filterProperty());
        search.setOnAction(_ -> {
            PickerEmoji first = viewModel.first();
            if (first != null) {
                pick(first);
            }
        });
        ListView<PickerRow> list = new ListView<>(viewModel.rows());
        list.setId(LIST_ID);
        list.setFixedCellSize(ROW);
        list.setFocusTraversable(false);
        list.setPrefSize(EmojiPickerViewModel.COLUMNS * (EMOJI + 14) + 24, 8 * ROW);
        list.setCellFactory(_ -> new RowCell(images));
        list.setPlaceholder(new Label(words.getString("compose.emoji.none")));
        list.getStyleClass().add("compose-emoji-list");
        hovered.getStyleClass().add("compose-emoji-hovered");
        hovered.setMaxWidth(Double.MAX_VALUE);
        box = new VBox(6, search, list, hovered);
        box.getStyleClass().add("compose-emoji-picker");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                e.consume();
            }
        });
    }

    /** Opens above {@code anchor} (the picker button), or closes if it is open. */
    void toggle(Node anchor) {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        viewModel.open();
        box.getStylesheets().setAll(anchor.getScene().getStylesheets());
        Bounds at = anchor.localToScreen(anchor.getBoundsInLocal());
        popup.show(anchor, at.getMinX(), at.getMinY());
        // Its size is known only once shown (CSS applies in its own scene): then move it above the
        // button, and inside the window, since the composer sits at the window's right edge.
        Window window = anchor.getScene().getWindow();
        double right = window.getX() + window.getWidth() - 8;
        popup.setX(Math.max(window.getX(), Math.min(at.getMinX(), right - popup.getWidth())));
        popup.setY(Math.max(window.getY(), at.getMinY() - popup.getHeight() - 4));
        search.requestFocus();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    void dispose() {
        popup.hide();
        viewModel.dispose();
    }

    private void pick(PickerEmoji emoji) {
        popup.hide();
        chosen.accept(emoji);
    }

    /** A section title, or a line of emoji buttons whose images load while the line shows. */
    private final class RowCell extends ListCell<PickerRow> {
        private final ImageLoader images;
        private final List<Cancellable> loads = new ArrayList<>();

        RowCell(ImageLoader images) {
            this.images = images;
            getStyleClass().add("compose-emoji-row");
        }

        @Override
        protected void updateItem(PickerRow item, boolean empty) {
            super.updateItem(item, empty);
            loads.forEach(Cancellable::cancel);
            loads.clear();
            setText(null);
            switch (item) {
                case null -> setGraphic(null);
                case PickerRow.Header(String title) -> {
                    Label label = new Label(title);
                    label.getStyleClass().add("compose-emoji-header");
                    setGraphic(empty ? null : label);
                }
                case PickerRow.Line(List<PickerEmoji> emoji) -> {
                    HBox line = new HBox(2);
                    line.setAlignment(Pos.CENTER_LEFT);
                    emoji.forEach(one -> line.getChildren().add(button(one)));
                    setGraphic(empty ? null : line);
                }
            }
        }

        private Button button(PickerEmoji emoji) {
            Button button = new Button();
            button.getStyleClass().add("compose-emoji-button");
            button.setAccessibleText(emoji.label());
            button.setFocusTraversable(false);
            button.setOnAction(_ -> pick(emoji));
            button.setOnMouseEntered(_ -> hovered.setText(emoji.label()));
            switch (emoji) {
                case PickerEmoji.Custom(var custom) -> {
                    ImageView view = new ImageView();
                    view.setFitWidth(EMOJI);
                    view.setFitHeight(EMOJI);
                    view.setPreserveRatio(true);
                    String url = custom.staticUrl() != null ? custom.staticUrl() : custom.url();
                    loads.add(images.load(url, EMOJI, EMOJI, view::setImage, () -> button.setText(emoji.label())));
                    button.setGraphic(view);
                }
                case PickerEmoji.Unicode unicode -> {
                    button.setText(unicode.snippet());
                    button.getStyleClass().add("compose-emoji-unicode");
                }
            }
            return button;
        }
    }
}
