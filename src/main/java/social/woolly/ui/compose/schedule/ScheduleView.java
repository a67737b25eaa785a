package social.woolly.ui.compose.schedule;

import atlantafx.base.theme.Styles;
import java.util.ResourceBundle;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import social.woolly.ui.common.Icons;

/**
 * The schedule's view: a footer button that opens the date and time picker, and under the text a
 * chip "Will be published on …" with a remove button, or a short confirmation after scheduling, or
 * a warning when the server published at once a post that was to be scheduled.
 * Binds to a {@link SchedulePart}; holds no logic.
 */
public final class ScheduleView {
    public static final String BUTTON_ID = "compose-schedule";
    public static final String CHIP_ID = "compose-schedule-chip";
    public static final String NOTICE_ID = "compose-schedule-notice";
    private static final Duration CONFIRMATION_SHOWN = Duration.seconds(6);

    private final Button button = new Button(null, Icons.schedule());
    private final VBox body = new VBox();

    public ScheduleView(SchedulePart part, ResourceBundle words) {
        button.setId(BUTTON_ID);
        button.setTooltip(new Tooltip(words.getString("compose.schedule.button")));
        button.setAccessibleText(words.getString("compose.schedule.button"));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.SMALL);
        button.setOnAction(e -> ScheduleDialog.pick(
                        part.choice(),
                        words,
                        words.getString("compose.schedule.title"),
                        button.getScene() == null ? null : button.getScene().getWindow())
                .ifPresent(part::schedule));

        Label text = new Label();
        text.textProperty().bind(part.chipProperty());
        text.setGraphic(Icons.schedule());
        text.setWrapText(true);
        HBox chip = new HBox(text, closeButton(words.getString("compose.schedule.remove"), part::clear));
        chip.setId(CHIP_ID);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("compose-schedule-chip");
        chip.visibleProperty().bind(part.chipProperty().isNotEmpty());
        chip.managedProperty().bind(chip.visibleProperty());
        // The chip is as wide as its text, not as the composer.
        chip.setMaxWidth(HBox.USE_PREF_SIZE);

        Label confirmation = new Label();
        confirmation.textProperty().bind(part.confirmationProperty());
        confirmation.setWrapText(true);
        confirmation.getStyleClass().add("compose-schedule-done");
        confirmation.visibleProperty().bind(part.confirmationProperty().isNotEmpty());
        confirmation.managedProperty().bind(confirmation.visibleProperty());
        PauseTransition fade = new PauseTransition(CONFIRMATION_SHOWN);
        fade.setOnFinished(e -> part.dismissConfirmation());
        part.confirmationProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                fade.playFromStart();
            }
        });

        HBox notice = notice(part, words);

        body.getChildren().addAll(chip, confirmation, notice);
        body.getStyleClass().add("compose-schedule");
        body.managedProperty()
                .bind(chip.visibleProperty().or(confirmation.visibleProperty()).or(notice.visibleProperty()));
        body.visibleProperty().bind(body.managedProperty());
    }

    // The server published at once a post that was to wait: a warning that stays until closed.
    private static HBox notice(SchedulePart part, ResourceBundle words) {
        Label text = new Label();
        text.textProperty().bind(part.noticeProperty());
        text.setWrapText(true);
        text.getStyleClass().add(Styles.WARNING);
        HBox notice =
                new HBox(text, closeButton(words.getString("compose.schedule.ignored.dismiss"), part::dismissNotice));
        notice.setId(NOTICE_ID);
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.visibleProperty().bind(part.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    private static Button closeButton(String text, Runnable action) {
        Button close = new Button(null, Icons.close());
        close.setTooltip(new Tooltip(text));
        close.setAccessibleText(text);
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        close.setOnAction(e -> action.run());
        return close;
    }

    /** The chip, the confirmation and the notice, under the text. */
    public Node body() {
        return body;
    }

    /** The footer button that opens the picker. */
    public Node button() {
        return button;
    }
}
