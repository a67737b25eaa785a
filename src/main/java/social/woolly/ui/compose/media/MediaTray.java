package social.woolly.ui.compose.media;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import social.woolly.ui.common.Icons;
import social.woolly.ui.concurrent.BackgroundRunner;

/**
 * The view of a {@link MediaPart}: the tray of attachments under the text (with the "sensitive"
 * switch and why a file was refused), the paperclip button for the footer, dropping files onto
 * the composer and pasting pictures or files into its text. Binds to the part; holds no logic.
 */
public final class MediaTray {
    public static final String TRAY_ID = "compose-media";
    public static final String ADD_ID = "compose-media-add";
    public static final String MESSAGE_ID = "compose-media-message";
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final PseudoClass DROPPING = PseudoClass.getPseudoClass("dropping");

    private final MediaPart part;
    private final ResourceBundle words;
    private final Thumbnails thumbnails;
    private final FlowPane tiles = new FlowPane();
    private final Map<Attachment, MediaTile> shown = new HashMap<>();
    private final VBox body;
    private final Button add;

    public MediaTray(MediaPart part, BackgroundRunner runner, ResourceBundle words) {
        this.part = part;
        this.words = words;
        this.thumbnails = new Thumbnails(runner);

        tiles.getStyleClass().add("compose-media-tiles");
        CheckBox sensitive = new CheckBox(words.getString("compose.media.sensitive"));
        sensitive.selectedProperty().bindBidirectional(part.sensitiveProperty());
        sensitive.disableProperty().bind(part.sendingProperty());
        sensitive.getStyleClass().add(Styles.SMALL);
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        message.textProperty().bind(part.messageProperty());
        message.getStyleClass().add("compose-error");
        showWhen(message, part.messageProperty().isNotEmpty());
        var hasMedia = javafx.beans.binding.Bindings.isNotEmpty(part.attachments());
        showWhen(tiles, hasMedia);
        showWhen(sensitive, hasMedia);

        body = new VBox(tiles, sensitive, message);
        body.setId(TRAY_ID);
        body.getStyleClass().add("compose-media");
        showWhen(body, hasMedia.or(part.messageProperty().isNotEmpty()));

        add = new Button(null, Icons.addMedia());
        add.setId(ADD_ID);
        add.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        add.setTooltip(new Tooltip(words.getString("compose.media.add")));
        add.setAccessibleText(words.getString("compose.media.add"));
        add.disableProperty().bind(part.sendingProperty());
        add.setOnAction(e -> choose());

        part.attachments().addListener((ListChangeListener<Attachment>) change -> showTiles());
        showTiles();
    }

    /** The tray, for under the composer's text. */
    public Node body() {
        return body;
    }

    /** The paperclip, for the composer's footer. */
    public Button addButton() {
        return add;
    }

    /** Takes files dropped anywhere on {@code composer}. */
    public void acceptDropsOn(Node composer) {
        composer.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && !part.sendingProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
                composer.pseudoClassStateChanged(DROPPING, true);
                e.consume();
            }
        });
        composer.addEventHandler(DragEvent.DRAG_EXITED, e -> composer.pseudoClassStateChanged(DROPPING, false));
        composer.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            composer.pseudoClassStateChanged(DROPPING, false);
            if (e.getDragboard().hasFiles()) {
                drop(e.getDragboard().getFiles());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    /** Attaches dropped files (also what a drop on the composer does). */
    public void drop(List<File> files) {
        part.addFiles(files.stream().map(File::toPath).toList());
    }

    /**
     * Makes Ctrl+V (Cmd+V) in {@code text} attach copied files, or a copied picture when the
     * clipboard holds no text; anything else pastes as usual.
     */
    public void pasteInto(TextInputControl text) {
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (PASTE.match(e) && paste(Clipboard.getSystemClipboard())) {
                e.consume();
            }
        });
    }

    /** Attaches what {@code clipboard} holds if it is files or a picture; false if it is not. */
    boolean paste(Clipboard clipboard) {
        if (clipboard.hasFiles()) {
            drop(clipboard.getFiles());
            return true;
        }
        // Office programs copy a picture of the selected text too: text wins.
        Image image = clipboard.hasString() ? null : clipboard.getImage();
        if (image == null) {
            return false;
        }
        // Runs on the background thread that writes the file.
        part.addPasted(out -> {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
        return true;
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(words.getString("compose.media.chooser.title"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                words.getString("compose.media.chooser.filter"),
                                List.of(
                                        "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp", "*.avif", "*.heic", "*.mp4",
                                        "*.m4v", "*.mov", "*.webm", "*.mp3", "*.ogg", "*.oga", "*.opus", "*.wav",
                                        "*.flac", "*.m4a")),
                        new FileChooser.ExtensionFilter(words.getString("compose.media.chooser.all"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(
                add.getScene() == null ? null : add.getScene().getWindow());
        if (files != null) {
            drop(files);
        }
    }

    private void edit(Attachment attachment) {
        var window = body.getScene() == null ? null : body.getScene().getWindow();
        new MediaEditor(window, attachment, part, thumbnails, words).show();
    }

    // Tiles are kept per attachment, so a removal does not decode the others' pictures again.
    private void showTiles() {
        List<Attachment> now = part.attachments();
        shown.keySet().removeIf(attachment -> {
            boolean gone = !now.contains(attachment);
            if (gone) {
                shown.get(attachment).dispose();
            }
            return gone;
        });
        List<MediaTile> ordered = now.stream()
                .map(a -> shown.computeIfAbsent(a, x -> new MediaTile(x, part, thumbnails, words, this::edit)))
                .toList();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setNumber(i);
        }
        tiles.getChildren().setAll(ordered);
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
