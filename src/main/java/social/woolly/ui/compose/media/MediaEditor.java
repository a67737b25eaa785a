package social.woolly.ui.compose.media;

import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.MediaMeta;
import social.woolly.ui.concurrent.Cancellable;

/**
 * The editor of one attachment: its alt text, counted against the server's description limit, and
 * its focal point, chosen by a click on a larger preview and shown as a crosshair. Done applies
 * both; Cancel (or Esc) changes nothing.
 */
final class MediaEditor {
    static final String PANE_ID = "compose-media-editor";
    static final String DESCRIPTION_ID = "compose-media-description";
    static final String COUNTER_ID = "compose-media-counter";
    static final String PREVIEW_ID = "compose-media-preview";
    private static final double PREVIEW_WIDTH = 480;
    private static final double PREVIEW_HEIGHT = 320;
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ObjectProperty<MediaMeta.@Nullable Focus> focus = new SimpleObjectProperty<>();
    private final ImageView picture = new ImageView();
    private final Pane crosshair = new Pane();
    private Cancellable loading = Cancellable.NONE;

    MediaEditor(
            @Nullable Window owner,
            Attachment attachment,
            MediaPart part,
            Thumbnails thumbnails,
            ResourceBundle words) {
        focus.set(attachment.media().focus());
        TextArea description = new TextArea(
                attachment.media().description() == null
                        ? ""
                        : attachment.media().description());
        description.setId(DESCRIPTION_ID);
        description.setWrapText(true);
        description.setPrefRowCount(4);
        description.setPromptText(words.getString("compose.media.editor.prompt"));
        description.setAccessibleText(words.getString("compose.media.editor.description"));
        Label descriptionLabel = new Label(words.getString("compose.media.editor.description"));
        descriptionLabel.setLabelFor(description);
        Label counter = new Label();
        counter.setId(COUNTER_ID);
        counter.getStyleClass().add("compose-counter");
        Integer limit = part.descriptionLimit();
        description.textProperty().addListener((o, was, now) -> count(counter, now, limit));
        count(counter, description.getText(), limit);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox descriptionHeader = new HBox(descriptionLabel, grow, counter);
        descriptionHeader.setAlignment(Pos.BASELINE_LEFT);

        VBox content = new VBox(8, preview(words), descriptionHeader, description);
        content.getStyleClass().add("compose-media-editor");
        ButtonType done = new ButtonType(words.getString("compose.media.editor.done"), ButtonBar.ButtonData.OK_DONE);
        dialog.setTitle(words.getString("compose.media.editor.title"));
        dialog.getDialogPane().setId(PANE_ID);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(done, ButtonType.CANCEL);
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setOnShown(e -> description.requestFocus());
        dialog.setOnHidden(e -> {
            loading.cancel();
            if (dialog.getResult() == done) {
                part.describe(attachment, description.getText());
                part.focus(attachment, focus.get());
            }
        });
        loading = thumbnails.load(attachment.media(), PREVIEW_WIDTH, PREVIEW_HEIGHT, image -> {
            picture.setImage(image);
            placeCrosshair();
        });
    }

    /** Shows the editor; it applies its changes when closed with Done. */
    void show() {
        dialog.show();
    }

    private Node preview(ResourceBundle words) {
        picture.setId(PREVIEW_ID);
        picture.setFitWidth(PREVIEW_WIDTH);
        picture.setFitHeight(PREVIEW_HEIGHT);
        picture.setPreserveRatio(true);
        picture.setSmooth(true);
        picture.setCursor(Cursor.CROSSHAIR);
        picture.setOnMouseClicked(e -> {
            var bounds = picture.getLayoutBounds();
            focus.set(FocalPoint.at(e.getX(), e.getY(), bounds.getWidth(), bounds.getHeight()));
        });
        focus.addListener((o, was, now) -> placeCrosshair());

        Line across = new Line();
        Line down = new Line();
        Circle ring = new Circle(12);
        for (var shape : new javafx.scene.shape.Shape[] {across, down, ring}) {
            shape.getStyleClass().add("compose-media-crosshair");
            shape.setMouseTransparent(true);
        }
        across.setStartX(-20);
        across.setEndX(20);
        down.setStartY(-20);
        down.setEndY(20);
        crosshair.getChildren().addAll(across, down, ring);
        crosshair.setMouseTransparent(true);
        crosshair.setManaged(false);
        crosshair.visibleProperty().bind(picture.imageProperty().isNotNull());

        Pane stage = new Pane(picture, crosshair);
        stage.maxWidthProperty().bind(picture.layoutBoundsProperty().map(b -> b.getWidth()));
        stage.maxHeightProperty().bind(picture.layoutBoundsProperty().map(b -> b.getHeight()));
        Label none = new Label(words.getString("compose.media.editor.noPreview"));
        none.visibleProperty().bind(picture.imageProperty().isNull());
        StackPane frame = new StackPane(none, stage);
        frame.getStyleClass().add("compose-media-preview");
        frame.setMinSize(PREVIEW_WIDTH, 160);
        Label hint = new Label(words.getString("compose.media.editor.focus"));
        hint.setWrapText(true);
        // Room for the wrapped lines, not one line with an ellipsis.
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("compose-media-hint");
        hint.visibleProperty().bind(picture.imageProperty().isNotNull());
        hint.managedProperty().bind(hint.visibleProperty());
        return new VBox(6, frame, hint);
    }

    private void placeCrosshair() {
        Image image = picture.getImage();
        if (image == null) {
            return;
        }
        var bounds = picture.getLayoutBounds();
        MediaMeta.Focus at = focus.get() == null ? new MediaMeta.Focus(0, 0) : focus.get();
        crosshair.relocate(FocalPoint.pixelX(at, bounds.getWidth()), FocalPoint.pixelY(at, bounds.getHeight()));
    }

    private static void count(Label counter, String text, @Nullable Integer limit) {
        int length = text.codePointCount(0, text.length());
        counter.setText(limit == null ? String.valueOf(length) : length + " / " + limit);
        counter.pseudoClassStateChanged(OVER, limit != null && length > limit);
    }
}
