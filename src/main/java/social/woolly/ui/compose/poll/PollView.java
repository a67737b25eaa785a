package social.woolly.ui.compose.poll;

import atlantafx.base.theme.Styles;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import social.woolly.ui.common.Icons;
import social.woolly.ui.common.TextCell;

/**
 * The poll's view: a footer toggle that adds or removes the poll, and under the text its choices
 * (each with the characters left and a remove button), "Add a choice", the duration and the two
 * options. Enter in the last choice adds one; Enter in another moves to the next. Binds to a
 * {@link PollPart}; holds no logic.
 */
public final class PollView {
    public static final String TOGGLE_ID = "compose-poll-toggle";
    public static final String OPTION_STYLE = "compose-poll-option";
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

    private final PollPart part;
    private final ResourceBundle words;
    private final VBox choices = new VBox();
    private final VBox body = new VBox();
    private final ToggleButton toggle = new ToggleButton(null, Icons.poll());

    public PollView(PollPart part, ResourceBundle words) {
        this.part = part;
        this.words = words;
        toggle.setId(TOGGLE_ID);
        toggle.selectedProperty().bindBidirectional(part.enabledProperty());
        toggle.setTooltip(new Tooltip(words.getString("compose.poll.toggle")));
        toggle.setAccessibleText(words.getString("compose.poll.toggle"));
        toggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.SMALL);
        toggle.setOnAction(e -> {
            if (toggle.isSelected()) {
                focusOption(0);
            }
        });

        choices.getStyleClass().add("compose-poll-choices");
        part.options().addListener((ListChangeListener<PollOption>) change -> rebuild());
        rebuild();

        Button add = new Button(words.getString("compose.poll.add"), Icons.addChoice());
        add.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        add.disableProperty().bind(part.canAddProperty().not());
        add.setOnAction(e -> addAndFocus());

        ComboBox<Duration> duration = new ComboBox<>(part.durations());
        duration.valueProperty().bindBidirectional(part.durationProperty());
        duration.setConverter(new DurationText(words));
        duration.setButtonCell(new TextCell<>(d -> describe(d, words)));
        duration.setCellFactory(_ -> new TextCell<>(d -> describe(d, words)));
        duration.setAccessibleText(words.getString("compose.poll.duration"));
        duration.setTooltip(new Tooltip(words.getString("compose.poll.duration")));
        duration.getStyleClass().add(Styles.SMALL);

        CheckBox multiple = new CheckBox(words.getString("compose.poll.multiple"));
        multiple.selectedProperty().bindBidirectional(part.multipleProperty());
        CheckBox hideTotals = new CheckBox(words.getString("compose.poll.hideTotals"));
        hideTotals.selectedProperty().bindBidirectional(part.hideTotalsProperty());

        HBox addRow = new HBox(add, duration);
        addRow.setAlignment(Pos.CENTER_LEFT);
        addRow.getStyleClass().add("compose-poll-row");
        FlowPane checks = new FlowPane(multiple, hideTotals);
        checks.getStyleClass().add("compose-poll-checks");

        body.getChildren().addAll(choices, addRow, checks);
        body.getStyleClass().add("compose-poll");
        body.visibleProperty().bind(part.enabledProperty());
        body.managedProperty().bind(part.enabledProperty());
    }

    /** The poll under the text. */
    public Node body() {
        return body;
    }

    /** The footer button that adds or removes the poll. */
    public Node toggle() {
        return toggle;
    }

    private void rebuild() {
        choices.getChildren().clear();
        for (int i = 0; i < part.options().size(); i++) {
            choices.getChildren().add(row(part.options().get(i), i));
        }
    }

    private HBox row(PollOption option, int index) {
        String name = MessageFormat.format(words.getString("compose.poll.choice"), index + 1);
        TextField field = new TextField();
        field.setPromptText(name);
        field.setAccessibleText(name);
        field.textProperty().bindBidirectional(option.textProperty());
        field.getStyleClass().add(OPTION_STYLE);
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                if (index == part.options().size() - 1) {
                    addAndFocus();
                } else {
                    focusOption(index + 1);
                }
                e.consume();
            }
        });

        Label left = new Label();
        left.textProperty().bind(option.remainingProperty().asString());
        left.getStyleClass().addAll("compose-counter", "compose-poll-counter");
        left.pseudoClassStateChanged(OVER, option.remainingProperty().get() < 0);
        option.remainingProperty().addListener((o, was, now) -> left.pseudoClassStateChanged(OVER, now.intValue() < 0));
        left.setMinWidth(Label.USE_PREF_SIZE);

        Button remove = new Button(null, Icons.removeChoice());
        String removeText = MessageFormat.format(words.getString("compose.poll.remove"), index + 1);
        remove.setTooltip(new Tooltip(removeText));
        remove.setAccessibleText(removeText);
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        remove.disableProperty().bind(part.canRemoveProperty().not());
        remove.setOnAction(e -> {
            part.removeOption(option);
            focusOption(Math.max(0, index - 1));
        });

        HBox row = new HBox(field, left, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("compose-poll-row");
        return row;
    }

    private void addAndFocus() {
        if (part.addOption()) {
            focusOption(part.options().size() - 1);
        }
    }

    private void focusOption(int index) {
        if (index < choices.getChildren().size()) {
            ((HBox) choices.getChildren().get(index)).getChildren().getFirst().requestFocus();
        }
    }

    /** "5 minutes", "1 hour", "3 days". */
    static String describe(Duration duration, ResourceBundle words) {
        long minutes = duration.toMinutes();
        if (minutes < 60 || minutes % 60 != 0) {
            return MessageFormat.format(words.getString("compose.poll.minutes"), minutes);
        }
        long hours = duration.toHours();
        if (hours < 24 || hours % 24 != 0) {
            return MessageFormat.format(words.getString("compose.poll.hours"), hours);
        }
        return MessageFormat.format(words.getString("compose.poll.days"), duration.toDays());
    }

    private static final class DurationText extends StringConverter<Duration> {
        private final ResourceBundle words;

        DurationText(ResourceBundle words) {
            this.words = words;
        }

        @Override
        public String toString(Duration duration) {
            return duration == null ? "" : describe(duration, words);
        }

        @Override
        public Duration fromString(String text) {
            throw new UnsupportedOperationException("the duration is chosen, not typed");
        }
    }
}
