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

    /** Shortcuts added later, each after the row of {@link #KEYS} it belongs below, with its text's key. */
    private static final List<Extra> EXTRAS = List.of(new Extra("g b", "g p", "nav.shortcut.profile"));

    private record Extra(String after, String key, String textKey) {}

    private ShortcutsDialog() {}

    static void show(Node owner, ResourceBundle text) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts");
        int row = 0;
        for (int i = 0; i < KEYS.size(); i++) {
            String key = KEYS.get(i);
            addRow(grid, row++, key, text.getString("shortcut." + i));
            for (Extra extra : EXTRAS) {
                if (extra.after().equals(key)) {
                    addRow(grid, row++, extra.key(), text.getString(extra.textKey()));
                }
            }
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

    private static void addRow(GridPane grid, int row, String key, String what) {
        Label keyLabel = new Label(key);
        keyLabel.getStyleClass().add("shortcut-key");
        grid.addRow(row, keyLabel, new Label(what));
    }
}
