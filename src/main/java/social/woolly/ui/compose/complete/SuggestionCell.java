package social.woolly.ui.compose.complete;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import social.woolly.core.model.Account;
import social.woolly.ui.media.CoverImage;
import social.woolly.ui.media.ImageLoader;
import social.woolly.ui.media.ImageSlot;

/**
 * One suggestion: an avatar, display name and {@code @acct}; {@code #tag} and its recent uses; or
 * an emoji image and {@code :shortcode:}. The picture loads through the shared {@link ImageLoader};
 * a reused cell cancels the load for what it showed before.
 */
final class SuggestionCell extends ListCell<Suggestion> {
    static final double PICTURE = 28;

    private final ResourceBundle words;
    private final Label mark = new Label();
    private final CoverImage avatar = new CoverImage();
    private final ImageView emoji = new ImageView();
    private final StackPane picture = new StackPane(mark, avatar, emoji);
    private final Label title = new Label();
    private final Label detail = new Label();
    private final HBox row;
    private final ImageSlot avatarSlot;
    private final ImageSlot emojiSlot;

    SuggestionCell(ImageLoader images, ResourceBundle words) {
        this.words = words;
        picture.getStyleClass().add("compose-complete-picture");
        picture.setMinSize(PICTURE, PICTURE);
        picture.setPrefSize(PICTURE, PICTURE);
        picture.setMaxSize(PICTURE, PICTURE);
        mark.getStyleClass().add("compose-complete-mark");
        avatar.setCornerRadius(5);
        avatar.setMouseTransparent(true);
        emoji.setFitWidth(PICTURE - 4);
        emoji.setFitHeight(PICTURE - 4);
        emoji.setPreserveRatio(true);
        title.getStyleClass().add("compose-complete-title");
        detail.getStyleClass().add("compose-complete-detail");
        VBox lines = new VBox(title, detail);
        lines.setAlignment(Pos.CENTER_LEFT);
        row = new HBox(8, picture, lines);
        row.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("compose-complete-cell");
        avatarSlot = new ImageSlot(images, avatar::setImage, () -> avatar.setImage(null));
        emojiSlot = new ImageSlot(images, emoji::setImage, () -> emoji.setImage(null));
    }

    @Override
    protected void updateItem(Suggestion item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            avatarSlot.clear();
            emojiSlot.clear();
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        mark.setText("");
        switch (item) {
            case Suggestion.Mention(Account account) -> {
                emojiSlot.clear();
                String name = account.displayName().isBlank() ? account.username() : account.displayName();
                mark.setText(name.substring(0, Math.min(1, name.length())).toUpperCase(java.util.Locale.ROOT));
                avatarSlot.load(
                        account.avatarStatic() != null ? account.avatarStatic() : account.avatar(), PICTURE, PICTURE);
                title.setText(name);
                detail.setText("@" + account.acct());
            }
            case Suggestion.Hashtag tag -> {
                avatarSlot.clear();
                emojiSlot.clear();
                mark.setText("#");
                title.setText("#" + tag.tag().name());
                detail.setText(MessageFormat.format(words.getString("compose.complete.tagUses"), tag.uses()));
            }
            case Suggestion.Emoji(var custom) -> {
                avatarSlot.clear();
                emojiSlot.load(custom.staticUrl() != null ? custom.staticUrl() : custom.url(), PICTURE, PICTURE);
                title.setText(":" + custom.shortcode() + ":");
                detail.setText("");
            }
        }
        detail.setVisible(!detail.getText().isEmpty());
        detail.setManaged(detail.isVisible());
        setAccessibleText(title.getText() + " " + detail.getText());
        setText(null);
        setGraphic(row);
    }
}
