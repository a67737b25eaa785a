package social.woolly.ui.compose.language;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import social.woolly.ui.common.TextCell;

/**
 * The language picker in the composer's footer: a compact combo box showing the code ("DE") with
 * the full name in its list and tooltip. Typing letters jumps to the first language whose name
 * starts with them. Binds to a {@link LanguagePart}; holds no logic.
 */
public final class LanguageView {
    public static final String ID = "compose-language";
    /** Letters typed within this many milliseconds add to the search; after a pause it starts over. */
    private static final long TYPING_PAUSE_MILLIS = 1000;

    private final ComboBox<String> box = new ComboBox<>();
    private final StringBuilder typed = new StringBuilder();
    private long lastTyped;

    public LanguageView(LanguagePart part, ResourceBundle words) {
        box.setId(ID);
        // Cells first: a button cell set after the value shows nothing until the value changes.
        box.setCellFactory(_ -> new TextCell<>(part::name));
        box.setButtonCell(new TextCell<>(code -> code.toUpperCase(Locale.ROOT)));
        box.setItems(FXCollections.observableList(part.codes()));
        box.valueProperty().bindBidirectional(part.languageProperty());
        box.setVisibleRowCount(12);
        box.setAccessibleText(words.getString("compose.language"));
        Tooltip tip = new Tooltip();
        tip.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> words.getString("compose.language") + ": "
                                + part.name(part.languageProperty().get()),
                        part.languageProperty()));
        box.setTooltip(tip);
        box.getStyleClass().addAll(Styles.SMALL, "compose-language");
        box.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (c.isEmpty() || !Character.isLetter(c.codePointAt(0))) {
                return;
            }
            long now = System.currentTimeMillis();
            if (now - lastTyped > TYPING_PAUSE_MILLIS) {
                typed.setLength(0);
            }
            lastTyped = now;
            typed.append(c);
            part.find(typed.toString()).ifPresent(code -> {
                box.setValue(code);
                if (box.isShowing()) {
                    scrollTo(code);
                }
            });
            e.consume();
        });
    }

    @SuppressWarnings("unchecked")
    private void scrollTo(String code) {
        if (box.getSkin() instanceof javafx.scene.control.skin.ComboBoxListViewSkin<?> skin
                && skin.getPopupContent() instanceof javafx.scene.control.ListView<?> list) {
            ((javafx.scene.control.ListView<String>) list).scrollTo(code);
        }
    }

    /** The combo box, for the footer. */
    public Node node() {
        return box;
    }
}
