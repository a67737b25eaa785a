package social.woolly.ui.compose.complete;

import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Popup;
import social.woolly.ui.media.ImageLoader;

/**
 * The suggestions under the token being typed. While it shows, Up and Down move, Enter or Tab
 * take the selected one, a click takes the one clicked, and Esc closes only the popup: the owner
 * window hands key events to a showing popup first, so they are consumed before the composer's
 * Enter (new line) and Esc (close) see them. Ctrl+Enter passes on and still posts.
 */
final class CompletionPopup {
    static final String LIST_ID = "compose-complete-list";
    private static final double ROW = 44;
    private static final int ROWS_SHOWN = 6;
    private static final double CELL_PADDING = 8;

    private final TextArea text;
    private final CompletionViewModel viewModel;
    private final Popup popup = new Popup();
    private final ListView<Suggestion> list = new ListView<>();

    CompletionPopup(TextArea text, CompletionViewModel viewModel, ImageLoader images, ResourceBundle words) {
        this.text = text;
        this.viewModel = viewModel;
        list.setId(LIST_ID);
        list.setItems(viewModel.suggestions());
        list.setFocusTraversable(false);
        list.setFixedCellSize(ROW);
        list.setPrefWidth(300);
        list.getStyleClass().add("compose-complete");
        list.setAccessibleText(words.getString("compose.complete.list"));
        list.setCellFactory(_ -> {
            SuggestionCell cell = new SuggestionCell(images, words);
            cell.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && !cell.isEmpty()) {
                    viewModel.select(cell.getIndex());
                    take();
                    e.consume();
                }
            });
            return cell;
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        // A click in the text that hides the popup must still move the caret.
        popup.setConsumeAutoHidingEvents(false);
        popup.setOnAutoHide(_ -> viewModel.dismiss());
        popup.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        viewModel.selectedProperty().addListener((o, was, now) -> select(now.intValue()));
        viewModel.suggestions().addListener((ListChangeListener<Suggestion>) _ -> refresh());
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    void dispose() {
        popup.hide();
    }

    private void key(KeyEvent e) {
        if (!popup.isShowing() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case UP -> viewModel.move(-1);
            case DOWN -> viewModel.move(1);
            case ENTER, TAB -> take();
            case ESCAPE -> viewModel.dismiss();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void take() {
        viewModel.accept(text.getText()).ifPresent(edit -> {
            text.replaceText(edit.start(), edit.end(), edit.replacement());
            text.positionCaret(edit.caret());
        });
    }

    private void select(int index) {
        if (index < 0) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().select(index);
            list.scrollTo(Math.max(0, index - ROWS_SHOWN + 1));
        }
    }

    private void refresh() {
        int size = viewModel.suggestions().size();
        if (size == 0 || text.getScene() == null || text.getScene().getWindow() == null) {
            popup.hide();
            return;
        }
        list.setPrefHeight(Math.min(size, ROWS_SHOWN) * ROW + 2);
        select(viewModel.selectedProperty().get());
        // The popup's scene is its own: give it the app's stylesheet.
        list.getStylesheets().setAll(text.getScene().getStylesheets());
        Point2D at = anchor(viewModel.tokenStart());
        if (popup.isShowing()) {
            popup.setAnchorX(at.getX());
            popup.setAnchorY(at.getY());
        } else {
            popup.show(text, at.getX(), at.getY());
        }
    }

    // Under the token's first character; under the whole text area if the skin cannot say where that is.
    private Point2D anchor(int index) {
        if (index >= 0 && text.getSkin() instanceof TextAreaSkin skin) {
            try {
                Rectangle2D character = skin.getCharacterBounds(index);
                // Left by the cell's padding, so the picture lines up with the token.
                Point2D point = text.localToScreen(character.getMinX() - CELL_PADDING, character.getMaxY() + 2);
                if (point != null) {
                    return point;
                }
            } catch (RuntimeException e) {
                // Between layouts the skin may not know the character yet: fall back below.
            }
        }
        Bounds area = text.localToScreen(text.getBoundsInLocal());
        return new Point2D(area.getMinX(), area.getMaxY());
    }
}
