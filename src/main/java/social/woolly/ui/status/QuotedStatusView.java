package social.woolly.ui.status;

import java.text.MessageFormat;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.Quote;
import social.woolly.core.model.Status;
import social.woolly.ui.common.Icons;

/**
 * A quoted post, compact, in a frame: who wrote it, the start of its text (or its content warning,
 * which stays closed here), and how many attachments it has. A click opens it. A quote the server
 * will not show (pending, revoked, blocked …) is a one-line notice instead.
 */
final class QuotedStatusView extends VBox {

    private final StatusViewContext context;
    private final Avatar avatar;
    private final EmojiLine name;
    private final Label acct = new Label();
    private final HBox header;
    private final RichTextView content;
    private final Label note = new Label();
    private @Nullable StatusItem quoted;

    QuotedStatusView(StatusViewContext context) {
        super(6);
        this.context = context;
        this.avatar = new Avatar(context, 20);
        this.name = new EmojiLine(context, 16);
        this.content = new RichTextView(context, 18);
        getStyleClass().add("status-quoted");
        name.getStyleClass().add("status-display-name");
        acct.getStyleClass().add("status-acct");
        acct.setTextOverrun(OverrunStyle.ELLIPSIS);
        acct.setMinWidth(0);
        HBox.setHgrow(acct, Priority.ALWAYS);
        header = new HBox(6, avatar, name, acct);
        header.setAlignment(Pos.CENTER_LEFT);
        note.getStyleClass().add("status-quoted-note");
        note.setWrapText(true);
        getChildren().addAll(header, content, note);
        setCursor(Cursor.HAND);
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && quoted != null) {
                event.consume();
                context.actions().openStatus(quoted);
            }
        });
    }

    /** Shows {@code item}'s quote; returns false (and shows nothing) when the post quotes nothing. */
    boolean show(StatusItem item) {
        Quote quote = item.shown().quote();
        quoted = item.quoted();
        if (quote == null) {
            clear();
            return false;
        }
        StatusItem shown = quoted;
        if (shown == null) {
            header.setVisible(false);
            header.setManaged(false);
            content.clear();
            setNote(Icons.quote(), context.string("status.quote.unavailable"));
            return true;
        }
        header.setVisible(true);
        header.setManaged(true);
        Status status = shown.shown();
        avatar.show(status.account(), status.account().displayName());
        name.show(shown.displayName());
        acct.setText("@" + status.account().acct());
        content.show(shown.hasContentWarning() ? shown.spoiler() : shown.content());
        int attachments = status.mediaAttachments().size();
        if (attachments > 0) {
            setNote(Icons.image(), MessageFormat.format(context.string("status.quote.attachments"), attachments));
        } else if (status.poll() != null) {
            setNote(null, context.string("status.quote.poll"));
        } else {
            note.setVisible(false);
            note.setManaged(false);
        }
        return true;
    }

    void clear() {
        quoted = null;
        avatar.clear();
        name.clear();
        content.clear();
    }

    private void setNote(@Nullable Node icon, String text) {
        note.setGraphic(icon);
        note.setText(text);
        note.setVisible(true);
        note.setManaged(true);
    }
}
