package social.woolly.ui.compose;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import social.woolly.core.model.Visibility;
import social.woolly.ui.common.Icons;

/**
 * The composer panel: content warning, text, visibility, the characters left, and Post. Ctrl+Enter
 * posts; Esc closes (the draft stays). Binds to a {@link ComposeViewModel}; holds no logic.
 */
public final class ComposeView extends VBox {
    public static final String TEXT_ID = "compose-text";
    public static final String POST_ID = "compose-post";
    public static final String COUNTER_ID = "compose-counter";
    public static final String PROBLEM_ID = "compose-problem";
    public static final String TITLE_ID = "compose-title";
    public static final String REPLYING_ID = "compose-replying";
    private static final KeyCombination POST = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final TextArea text = new TextArea();
    private final VBox partBodies = new VBox();
    private final HBox partButtons = new HBox();
    private final HBox header;
    private final HBox headerTools = new HBox();
    private final HBox headerButtons = new HBox();

    public ComposeView(ComposeViewModel viewModel, ResourceBundle words, Runnable close) {
        Label title = new Label();
        title.setId(TITLE_ID);
        title.textProperty()
                .bind(Bindings.when(viewModel.editingProperty())
                        .then(words.getString("compose.edit.title"))
                        .otherwise(words.getString("compose.title")));
        title.getStyleClass().add(Styles.TITLE_4);
        Button closeButton = new Button(null, Icons.close());
        closeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        closeButton.setTooltip(new Tooltip(words.getString("compose.close")));
        closeButton.setAccessibleText(words.getString("compose.close"));
        closeButton.setOnAction(e -> close.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        headerButtons.setAlignment(Pos.CENTER_RIGHT);
        header = new HBox(title, grow, headerButtons, closeButton);
        header.setAlignment(Pos.CENTER_LEFT);

        Label replying = new Label();
        replying.setId(REPLYING_ID);
        replying.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> java.text.MessageFormat.format(
                                words.getString("compose.replyingTo"),
                                viewModel.replyingToProperty().get()),
                        viewModel.replyingToProperty()));
        replying.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        showWhen(replying, viewModel.replyingToProperty().isNotEmpty());

        TextField warning = new TextField();
        warning.setPromptText(words.getString("compose.warning.prompt"));
        warning.textProperty().bindBidirectional(viewModel.spoilerTextProperty());
        warning.setAccessibleText(words.getString("compose.warning"));
        showWhen(warning, viewModel.warningProperty());

        text.setId(TEXT_ID);
        text.setWrapText(true);
        text.setPromptText(words.getString("compose.prompt"));
        text.textProperty().bindBidirectional(viewModel.textProperty());
        text.setAccessibleText(words.getString("compose.title"));
        VBox.setVgrow(text, Priority.ALWAYS);

        ToggleButton cw = new ToggleButton(words.getString("compose.cw"));
        cw.selectedProperty().bindBidirectional(viewModel.warningProperty());
        cw.setTooltip(new Tooltip(words.getString("compose.warning")));
        cw.getStyleClass().add(Styles.SMALL);

        ComboBox<Visibility> visibility = new ComboBox<>();
        visibility.getItems().setAll(Visibility.PUBLIC, Visibility.UNLISTED, Visibility.PRIVATE, Visibility.DIRECT);
        visibility.valueProperty().bindBidirectional(viewModel.visibilityProperty());
        visibility.setButtonCell(new VisibilityCell(words));
        visibility.setCellFactory(_ -> new VisibilityCell(words));
        visibility.setAccessibleText(words.getString("compose.visibility"));
        visibility.getStyleClass().add(Styles.SMALL);

        Label counter = new Label();
        counter.setId(COUNTER_ID);
        counter.textProperty().bind(viewModel.remainingProperty().asString());
        counter.getStyleClass().add("compose-counter");
        viewModel
                .overProperty()
                .addListener((o, was, now) ->
                        counter.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("over"), now));

        Button post = new Button(words.getString("compose.post"));
        post.setId(POST_ID);
        post.getStyleClass().add(Styles.ACCENT);
        post.disableProperty().bind(viewModel.canPostProperty().not());
        post.setOnAction(e -> viewModel.post());
        post.setTooltip(new Tooltip(words.getString("compose.post.shortcut")));
        var sending = viewModel.phaseProperty().isEqualTo(ComposeViewModel.Phase.POSTING);
        post.textProperty()
                .bind(Bindings.when(viewModel.editingProperty())
                        .then(Bindings.when(sending)
                                .then(words.getString("compose.edit.saving"))
                                .otherwise(words.getString("compose.edit.save")))
                        .otherwise(Bindings.when(sending)
                                .then(words.getString("compose.posting"))
                                .otherwise(Bindings.when(viewModel.scheduledProperty())
                                        .then(words.getString("compose.schedule.post"))
                                        .otherwise(words.getString("compose.post")))));

        visibility.setPrefWidth(120);
        visibility.setMinWidth(90);
        for (javafx.scene.control.Control fixed : new javafx.scene.control.Control[] {cw, counter, post}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        partButtons.getStyleClass().add("compose-part-buttons");
        partButtons.setAlignment(Pos.CENTER_LEFT);
        // The tools get a line of their own and wrap as parts add buttons; the counter and Post
        // stay on the right below them, so the panel never grows wider than its 360px.
        javafx.scene.layout.FlowPane tools = new javafx.scene.layout.FlowPane(cw, partButtons, visibility);
        tools.getStyleClass().add("compose-tools");
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPrefWrapLength(300);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox send = new HBox(spacer, counter, post);
        send.setAlignment(Pos.CENTER_RIGHT);
        send.getStyleClass().add("compose-footer");
        VBox footer = new VBox(tools, send);
        footer.getStyleClass().add("compose-footer-lines");

        Label error = new Label();
        error.textProperty().bind(viewModel.errorProperty());
        error.setWrapText(true);
        error.getStyleClass().add("compose-error");
        showWhen(error, viewModel.errorProperty().isNotEmpty());

        ProblemText problems = new ProblemText(words, java.time.ZoneId.systemDefault());
        Label problem = new Label();
        problem.setId(PROBLEM_ID);
        problem.setWrapText(true);
        problem.getStyleClass().add("compose-error");
        problem.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> problems.first(viewModel.problemsProperty().get()).orElse(""),
                        viewModel.problemsProperty()));
        showWhen(problem, problem.textProperty().isNotEmpty());

        partBodies.getStyleClass().add("compose-parts");
        getChildren().addAll(header, replying, warning, text, partBodies, problem, error, footer);
        getStyleClass().add("compose");
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (POST.match(e)) {
                viewModel.post();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
                e.consume();
            }
        });
    }

    /**
     * Adds a part's view: {@code body} (may be {@code null}) goes under the text, {@code buttons}
     * into the footer beside the content warning toggle.
     */
    public void addPart(javafx.scene.@org.jspecify.annotations.Nullable Node body, javafx.scene.Node... buttons) {
        if (body != null) {
            partBodies.getChildren().add(body);
        }
        partButtons.getChildren().addAll(buttons);
    }

    /**
     * Adds controls to the header's second row, under the title (post as, drafts); the row shows
     * once it has something.
     */
    public void addToHeader(javafx.scene.Node... nodes) {
        if (headerTools.getChildren().isEmpty()) {
            headerTools.getStyleClass().add("compose-header-tools");
            headerTools.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(getChildren().indexOf(header) + 1, headerTools);
        }
        headerTools.getChildren().addAll(nodes);
    }

    /** Adds a line right under the header (a notice about the draft). */
    public void addUnderHeader(javafx.scene.Node node) {
        int after = headerTools.getChildren().isEmpty()
                ? getChildren().indexOf(header)
                : getChildren().indexOf(headerTools);
        getChildren().add(after + 1, node);
    }

    /** Adds buttons to the header, left of Close (e.g. the list of scheduled posts). */
    public void addHeaderButtons(javafx.scene.Node... buttons) {
        headerButtons.getChildren().addAll(buttons);
    }

    /** The text area (for parts that read or insert at the caret: autocomplete, emoji). */
    public TextArea textArea() {
        return text;
    }

    /** Puts the cursor in the text, at its end. */
    public void focusText() {
        text.requestFocus();
        text.end();
    }

    private static void showWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** A visibility by its name in the UI. */
    private static final class VisibilityCell extends ListCell<Visibility> {
        private final ResourceBundle words;

        VisibilityCell(ResourceBundle words) {
            this.words = words;
        }

        @Override
        protected void updateItem(Visibility item, boolean empty) {
            super.updateItem(item, empty);
            setText(
                    empty || item == null
                            ? null
                            : words.getString(
                                    "compose.visibility." + item.name().toLowerCase(Locale.ROOT)));
        }
    }
}
