package social.woolly.ui.common;

import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import social.woolly.core.log.Redactor;
import social.woolly.ui.desktop.FileOpener;

/**
 * The short "Something went wrong" dialog shown for a bug (an uncaught exception): what happened in
 * plain words, a button that opens the log folder, and, folded away, the redacted stack trace.
 */
public final class UnexpectedErrorDialog {

    private final ResourceBundle text;
    private final FileOpener opener;
    private final @Nullable Path logFolder;
    private final Supplier<@Nullable Window> owner;

    /**
     * @param logFolder the folder with the log files, or {@code null} if there is no log file, in
     *     which case the dialog has no "Open log" button
     * @param owner the window the dialog belongs to, if one is showing
     */
    public UnexpectedErrorDialog(
            ResourceBundle text, FileOpener opener, @Nullable Path logFolder, Supplier<@Nullable Window> owner) {
        this.text = text;
        this.opener = opener;
        this.logFolder = logFolder;
        this.owner = owner;
    }

    /** Shows the dialog for {@code failure} without waiting; {@code onClosed} runs when it closes. */
    public Alert show(Throwable failure, Runnable onClosed) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(text.getString("unexpected.title"));
        alert.setHeaderText(text.getString("unexpected.header"));
        alert.setContentText(text.getString("unexpected.content"));
        alert.getButtonTypes().setAll(new ButtonType(text.getString("unexpected.close"), ButtonData.CANCEL_CLOSE));
        Path folder = logFolder;
        if (folder != null) {
            ButtonType openLog = new ButtonType(text.getString("unexpected.openLog"), ButtonData.LEFT);
            alert.getButtonTypes().addFirst(openLog);
            alert.getDialogPane().lookupButton(openLog).addEventFilter(ActionEvent.ACTION, _ -> opener.open(folder));
        }
        alert.getDialogPane().setExpandableContent(details(failure));
        alert.getDialogPane().getStylesheets().add(AppStyles.APP_CSS);
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.setOnHidden(_ -> onClosed.run());
        alert.show();
        return alert;
    }

    private TextArea details(Throwable failure) {
        // The same redaction as the log: an exception message may carry a token or a password.
        TextArea details = new TextArea(Redactor.stackTrace(failure));
        details.setAccessibleText(text.getString("unexpected.details"));
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        details.setPrefColumnCount(80);
        details.getStyleClass().add("unexpected-error-details");
        return details;
    }
}
