package social.woolly.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** What a list shows over itself while its first load runs (a spinner) and when it failed (why, and Retry). */
public final class LoadStates {
    private LoadStates() {}

    /** A spinner, shown while {@code loading}. */
    public static ProgressIndicator spinner(ObservableBooleanValue loading) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("timeline-spinner");
        spinner.setMaxSize(48, 48);
        bindVisible(spinner, loading);
        return spinner;
    }

    /**
     * The failure in place: an icon, {@code message} (its label gets {@code messageId}) and a
     * {@code retryText} button that runs {@code retry}; shown while {@code failed}.
     */
    public static VBox failure(
            String messageId,
            ObservableStringValue message,
            String retryText,
            Runnable retry,
            ObservableBooleanValue failed) {
        Label text = new Label();
        text.setId(messageId);
        text.textProperty().bind(message);
        text.setWrapText(true);
        text.getStyleClass().add("timeline-error-text");
        Button again = new Button(retryText, Icons.refresh());
        again.setOnAction(e -> retry.run());
        VBox box = new VBox(Icons.error(), text, again);
        box.getStyleClass().add("timeline-error");
        box.setAlignment(Pos.CENTER);
        box.setMaxSize(420, Region.USE_PREF_SIZE);
        bindVisible(box, failed);
        return box;
    }

    /** Shows {@code node} only while {@code condition} holds; hidden, it takes no room. */
    public static void bindVisible(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
