package social.woolly.ui.compose.schedule;

import atlantafx.base.theme.Styles;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import social.woolly.ui.common.AppStyles;
import social.woolly.ui.common.Icons;

/**
 * The "Scheduled posts" window of one account: each post's text (one line), when it goes out, its
 * media count, and Reschedule, Edit and Cancel. Loading and failures show in the window itself.
 * Binds to a {@link ScheduledPostsViewModel}; holds no logic.
 */
public final class ScheduledPostsView extends VBox {
    public static final String LIST_ID = "scheduled-posts";
    public static final String STATUS_ID = "scheduled-posts-status";

    private final ScheduledPostsViewModel viewModel;
    private final ResourceBundle words;
    private final ZoneId zone;

    public ScheduledPostsView(ScheduledPostsViewModel viewModel, ResourceBundle words, ZoneId zone) {
        this.viewModel = viewModel;
        this.words = words;
        this.zone = zone;
        Label title = new Label(words.getString("compose.schedule.list.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Button refresh = new Button(null, Icons.refresh());
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        refresh.setAccessibleText(words.getString("compose.schedule.list.refresh"));
        refresh.setTooltip(new javafx.scene.control.Tooltip(words.getString("compose.schedule.list.refresh")));
        refresh.setOnAction(e -> viewModel.load());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(title, grow, refresh);
        header.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId(STATUS_ID);
        status.setWrapText(true);
        status.textProperty()
                .bind(Bindings.createStringBinding(
                        this::statusText, viewModel.phaseProperty(), viewModel.items(), viewModel.errorProperty()));
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());

        Label error = new Label();
        error.textProperty().bind(viewModel.errorProperty());
        error.setWrapText(true);
        error.getStyleClass().add("compose-error");
        error.visibleProperty()
                .bind(viewModel
                        .errorProperty()
                        .isNotEmpty()
                        .and(viewModel.phaseProperty().isEqualTo(ScheduledPostsViewModel.Phase.READY)));
        error.managedProperty().bind(error.visibleProperty());

        ListView<ScheduledItem> list = new ListView<>(viewModel.items());
        list.setId(LIST_ID);
        list.setCellFactory(_ -> new Row());
        list.setPlaceholder(new Label(words.getString("compose.schedule.list.none")));
        list.visibleProperty().bind(viewModel.phaseProperty().isEqualTo(ScheduledPostsViewModel.Phase.READY));
        list.managedProperty().bind(list.visibleProperty());
        VBox.setVgrow(list, Priority.ALWAYS);

        Button more = new Button(words.getString("compose.schedule.list.more"));
        more.getStyleClass().add(Styles.FLAT);
        more.setOnAction(e -> viewModel.loadMore());
        more.visibleProperty().bind(viewModel.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());

        getChildren().addAll(header, status, error, list, more);
        getStyleClass().add("scheduled-posts");
    }

    /** Opens the window for {@code viewModel} over {@code owner}, loading at once; closing disposes it. */
    public static Stage open(
            ScheduledPostsViewModel viewModel, ResourceBundle words, ZoneId zone, @Nullable Window owner) {
        Stage stage = new Stage();
        stage.setTitle(words.getString("compose.schedule.list.title"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(new ScheduledPostsView(viewModel, words, zone), 520, 420);
        scene.getStylesheets().add(AppStyles.APP_CSS);
        stage.setScene(scene);
        stage.setOnHidden(e -> viewModel.dispose());
        stage.show();
        viewModel.load();
        return stage;
    }

    private String statusText() {
        return switch (viewModel.phaseProperty().get()) {
            case LOADING -> words.getString("compose.schedule.list.loading");
            case UNSUPPORTED -> words.getString("compose.schedule.list.unsupported");
            case FAILED -> viewModel.errorProperty().get();
            case READY -> "";
        };
    }

    private String when(@Nullable Instant at) {
        return at == null ? "" : ScheduleChoice.format(at, zone);
    }

    private void confirmCancel(ScheduledItem item) {
        ButtonType yes =
                new ButtonType(words.getString("compose.schedule.list.cancelYes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep =
                new ButtonType(words.getString("compose.schedule.list.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION,
                MessageFormat.format(words.getString("compose.schedule.list.cancelAsk"), when(item.at())),
                yes,
                keep);
        alert.setHeaderText(null);
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.showAndWait().filter(yes::equals).ifPresent(b -> viewModel.cancel(item));
    }

    private void reschedule(ScheduledItem item) {
        ScheduleDialog.pick(
                        viewModel.choiceFor(item),
                        words,
                        words.getString("compose.schedule.list.reschedule"),
                        getScene() == null ? null : getScene().getWindow())
                .ifPresent(at -> viewModel.reschedule(item, at));
    }

    /** One scheduled post: text, then time and media on one line with the actions. */
    private final class Row extends ListCell<ScheduledItem> {
        private final Label text = new Label();
        private final Label time = new Label();
        private final Label media = new Label();
        private final VBox box;

        Row() {
            text.setWrapText(true);
            text.getStyleClass().add("scheduled-post-text");
            time.setGraphic(Icons.schedule());
            time.getStyleClass().add(Styles.TEXT_SMALL);
            media.setGraphic(Icons.image());
            media.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Button reschedule = action("compose.schedule.list.reschedule", () -> reschedule(getItem()));
            Button edit = action("compose.schedule.list.edit", () -> viewModel.edit(getItem()));
            Button cancel = action("compose.schedule.list.cancel", () -> confirmCancel(getItem()));
            cancel.getStyleClass().add(Styles.DANGER);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox line = new HBox(time, media, grow, reschedule, edit, cancel);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("scheduled-post-line");
            box = new VBox(text, line);
            box.getStyleClass().add("scheduled-post");
            setPrefWidth(0);
        }

        private Button action(String key, Runnable run) {
            Button button = new Button(words.getString(key));
            button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            button.setOnAction(e -> {
                if (getItem() != null) {
                    run.run();
                }
            });
            return button;
        }

        @Override
        protected void updateItem(ScheduledItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            text.setText(
                    item.shortText().isEmpty() ? words.getString("compose.schedule.list.noText") : item.shortText());
            time.setText(when(item.at()));
            media.setText(Integer.toString(item.mediaCount()));
            media.setVisible(item.mediaCount() > 0);
            media.setManaged(item.mediaCount() > 0);
            setGraphic(box);
        }
    }
}
