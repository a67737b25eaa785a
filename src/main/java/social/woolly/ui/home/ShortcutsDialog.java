package social.woolly.ui.home;

import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** The "?" window: every keyboard shortcut, in two columns. */
final class ShortcutsDialog {
    private static final List<String> KEYS = List.of(
            "j", "k", "f", "b", "F5", "g h", "g l", "g f", "g n", "g b", "Ctrl+Tab", "Ctrl+1\u20269", "Ctrl+,", "?");

    private ShortcutsDialog() {}

    static void show(Node owner, ResourceBundle text) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts");
        for (int row = 0; row < KEYS.size(); row++) {
            String key = KEYS.get(row);
            Label keyLabel = new Label(key);
            keyLabel.getStyleClass().add("shortcut-key");
            Label what = new Label(text.getString("shortcut." + row));
            grid.addRow(row, keyLabel, what);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        alert.setTitle(text.getString("shortcuts.title"));
        alert.setHeaderText(text.getString("shortcuts.title"));
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}
