package social.woolly.ui.status;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import social.woolly.core.content.RichText;
import social.woolly.core.model.Account;

/**
 * A small header for an account's page: avatar, display name with custom emoji, {@code @acct},
 * and the counts of posts, following and followers. Empty until {@link #show}; reusable for any
 * account. FX thread only.
 */
public final class AccountHeader extends HBox {
    private static final double AVATAR_SIZE = 56;

    private final StatusViewContext context;
    private final Avatar avatar;
    private final EmojiLine name;
    private final Label acct = new Label();
    private final Label posts = new Label();
    private final Label following = new Label();
    private final Label followers = new Label();

    public AccountHeader(StatusViewContext context) {
        this.context = context;
        this.avatar = new Avatar(context, AVATAR_SIZE);
        this.name = new EmojiLine(context, 20);
        name.getStyleClass().add("account-header-name");
        acct.getStyleClass().add("account-header-acct");
        acct.setTextOverrun(OverrunStyle.ELLIPSIS);
        HBox counts = new HBox(posts, following, followers);
        counts.getStyleClass().add("account-header-counts");
        VBox text = new VBox(name, acct, counts);
        text.getStyleClass().add("account-header-text");
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(avatar, text);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("account-header");
    }

    /**
     * Shows {@code account}.
     *
     * @param displayName from {@link StatusItemFactory#displayName}, parsed off the FX thread
     */
    public void show(Account account, RichText displayName) {
        String plainName = account.displayName().isBlank() ? account.username() : account.displayName();
        avatar.show(account, plainName);
        name.show(displayName);
        acct.setText("@" + account.acct());
        posts.setText(count(account.statusesCount(), "nav.profile.posts"));
        following.setText(count(account.followingCount(), "nav.profile.following"));
        followers.setText(count(account.followersCount(), "nav.profile.followers"));
        setAccessibleText(plainName + ", @" + account.acct());
    }

    private String count(int value, String key) {
        return java.text.MessageFormat.format(
                context.string(key), context.counts().format(value));
    }

    /** The @acct line, for tests. */
    public String acctText() {
        return acct.getText();
    }
}
