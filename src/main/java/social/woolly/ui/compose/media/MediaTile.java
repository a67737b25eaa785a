package social.woolly.ui.compose.media;

import atlantafx.base.theme.Styles;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import social.woolly.core.compose.DraftMedia;
import social.woolly.core.model.MediaMeta;
import social.woolly.ui.common.Icons;
import social.woolly.ui.concurrent.Cancellable;

/**
 * One attachment in the composer's tray: its picture cropped around the focal point (or an icon),
 * a remove button, an ALT badge that opens the editor, and where its upload is.
 */
final class MediaTile extends StackPane {
    static final double SIDE = 72;
    static final String STYLE = "compose-media-tile";
    private static final PseudoClass DESCRIBED = PseudoClass.getPseudoClass("described");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final Attachment attachment;
    private final ResourceBundle words;
    private final ImageView picture = new ImageView();
    private final Button alt;
    private final Label state = new Label();
    private final Tooltip stateTip = new Tooltip();
    private final ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private Cancellable loading = Cancellable.NONE;
    private int number;

    MediaTile(
            Attachment attachment,
            MediaPart part,
            Thumbnails thumbnails,
            ResourceBundle words,
            Consumer<Attachment> edit) {
        this.attachment = attachment;
        this.words = words;
        getStyleClass().add(STYLE);
        setMinSize(SIDE, SIDE);
        setPrefSize(SIDE, SIDE);
        setMaxSize(SIDE, SIDE);
        Rectangle clip = new Rectangle(SIDE, SIDE);
        clip.setArcWidth(12);
        clip.setArcHeight(12);
        setClip(clip);

        picture.setFitWidth(SIDE);
        picture.setFitHeight(SIDE);
        picture.setSmooth(true);
        Node placeholder = placeholder(attachment.media());
        placeholder.getStyleClass().add("compose-media-placeholder");
        placeholder.visibleProperty().bind(picture.imageProperty().isNull());

        Button remove = new Button(null, Icons.removeMedia());
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, "compose-media-remove");
        remove.setTooltip(new Tooltip(words.getString("compose.media.remove")));
        remove.setAccessibleText(words.getString("compose.media.remove"));
        remove.setOnAction(e -> part.remove(attachment));
        remove.disableProperty().bind(part.sendingProperty());
        StackPane.setAlignment(remove, Pos.TOP_RIGHT);

        alt = new Button(words.getString("compose.media.alt"));
        alt.getStyleClass().add("compose-media-alt");
        alt.setTooltip(new Tooltip(words.getString("compose.media.alt.edit")));
        alt.setOnAction(e -> edit.accept(attachment));
        alt.disableProperty().bind(part.sendingProperty());
        StackPane.setAlignment(alt, Pos.BOTTOM_LEFT);

        state.getStyleClass().add("compose-media-state");
        state.setMaxWidth(SIDE - 8);
        StackPane.setAlignment(state, Pos.CENTER);
        progress.getStyleClass().addAll("compose-media-progress", Styles.SMALL);
        progress.setMaxWidth(Double.MAX_VALUE);
        StackPane.setAlignment(progress, Pos.BOTTOM_CENTER);

        getChildren().addAll(placeholder, picture, state, progress, alt, remove);
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !part.sendingProperty().get()) {
                edit.accept(attachment);
            }
        });
        attachment.mediaProperty().addListener((o, was, now) -> showMedia(now));
        attachment.uploadProperty().addListener((o, was, now) -> showUpload(now));
        loading = thumbnails.load(attachment.media(), SIDE, SIDE, image -> {
            picture.setImage(image);
            crop(attachment.media().focus());
        });
        showMedia(attachment.media());
        showUpload(attachment.upload());
    }

    Attachment attachment() {
        return attachment;
    }

    /** Its place among the attachments, from 0, for the words read out. */
    void setNumber(int index) {
        number = index + 1;
        describe();
    }

    void dispose() {
        loading.cancel();
    }

    private void showMedia(DraftMedia media) {
        alt.pseudoClassStateChanged(DESCRIBED, attachment.hasDescription());
        alt.setAccessibleText(words.getString("compose.media.alt.edit"));
        crop(media.focus());
        describe();
    }

    private void showUpload(Attachment.Upload upload) {
        String key = switch (upload) {
            case LOCAL -> null;
            case UPLOADING -> "compose.media.upload.uploading";
            case PROCESSING -> "compose.media.upload.processing";
            case UPLOADED -> attachment.media().file() == null ? null : "compose.media.upload.uploaded";
            case FAILED -> "compose.media.upload.failed";
        };
        boolean busy = upload == Attachment.Upload.UPLOADING || upload == Attachment.Upload.PROCESSING;
        progress.setVisible(busy);
        state.setVisible(busy || upload == Attachment.Upload.FAILED);
        state.setText(key == null ? "" : words.getString(key));
        state.setGraphic(upload == Attachment.Upload.FAILED ? Icons.error() : null);
        pseudoClassStateChanged(FAILED, upload == Attachment.Upload.FAILED);
        if (key == null) {
            Tooltip.uninstall(this, stateTip);
        } else {
            stateTip.setText(words.getString(key));
            Tooltip.install(this, stateTip);
        }
        describe();
    }

    private void describe() {
        String name =
                attachment.fileName().isEmpty() ? words.getString("compose.media.onServer") : attachment.fileName();
        String upload = state.getText().isEmpty() ? "" : " (" + state.getText() + ")";
        setAccessibleText(MessageFormat.format(words.getString("compose.media.tile"), number, name + upload));
    }

    // Fill the square tile, cropping around the focal point as Mastodon's own thumbnails do.
    private void crop(MediaMeta.@org.jspecify.annotations.Nullable Focus focus) {
        Image image = picture.getImage();
        if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
            return;
        }
        picture.setViewport(
                cover(image.getWidth(), image.getHeight(), focus == null ? new MediaMeta.Focus(0, 0) : focus));
    }

    /** The square of a {@code width × height} picture that a square tile shows, centred on {@code focus}. */
    static Rectangle2D cover(double width, double height, MediaMeta.Focus focus) {
        double side = Math.min(width, height);
        double x = FocalPoint.pixelX(focus, width) - side / 2;
        double y = FocalPoint.pixelY(focus, height) - side / 2;
        return new Rectangle2D(
                Math.max(0, Math.min(width - side, x)), Math.max(0, Math.min(height - side, y)), side, side);
    }

    private static Node placeholder(DraftMedia media) {
        return switch (media.kind()) {
            case VIDEO -> Icons.video();
            case AUDIO -> Icons.audio();
            case IMAGE -> Icons.image();
            case OTHER -> Icons.attachment();
        };
    }
}
