package social.woolly.ui.compose.schedule;

import java.time.Instant;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * A small dialog to pick a date and a 24-hour time, bound to a {@link ScheduleChoice}: OK stays
 * put while the choice is not usable and the reason shows under the fields.
 */
public final class ScheduleDialog {
    public static final String TIME_ID = "schedule-time";

    private ScheduleDialog() {}

    /** Shows the dialog over {@code owner} and waits; the accepted time, or empty if cancelled. */
    public static Optional<Instant> pick(
            ScheduleChoice choice, ResourceBundle words, String title, @Nullable Window owner) {
        DatePicker date = new DatePicker();
        date.valueProperty().bindBidirectional(choice.dateProperty());
        date.setAccessibleText(words.getString("compose.schedule.date"));
        date.setPrefWidth(160);
        TextField time = new TextField();
        time.setId(TIME_ID);
        time.textProperty().bindBidirectional(choice.timeProperty());
        time.setPromptText("HH:mm");
        time.setAccessibleText(words.getString("compose.schedule.time"));
        time.setPrefColumnCount(5);

        GridPane fields = new GridPane();
        fields.getStyleClass().add("schedule-fields");
        fields.addRow(0, new Label(words.getString("compose.schedule.date")), date);
        fields.addRow(1, new Label(words.getString("compose.schedule.time")), time);
        Label problem = new Label();
        problem.textProperty().bind(choice.problemProperty());
        problem.setWrapText(true);
        problem.setMaxWidth(300);
        problem.getStyleClass().add("compose-error");
        VBox content = new VBox(fields, problem);
        content.setAlignment(Pos.TOP_LEFT);
        content.getStyleClass().add("schedule-dialog");

        Dialog<Instant> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType ok = new ButtonType(words.getString("compose.schedule.ok"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content);
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (choice.accept().isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ok ? choice.accept().orElse(null) : null);
        dialog.setOnShown(e -> time.requestFocus());
        return dialog.showAndWait();
    }
}
