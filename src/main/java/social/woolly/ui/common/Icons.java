package social.woolly.ui.common;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The icons Woolly's views use, each named for what it means rather than for its glyph, so that
 * the icon font can change in one place. The only class that uses Ikonli. Icons take their colour
 * and size from CSS ({@code -fx-icon-color}, {@code -fx-icon-size}); every call makes a new node.
 */
public final class Icons {

    private Icons() {}

    /** A Mastodon server (an instance): the world, since servers together make the fediverse. */
    public static Node server() {
        return icon(Material2MZ.PUBLIC);
    }

    /** Signing in. */
    public static Node signIn() {
        return icon(Material2AL.LOGIN);
    }

    /** Opening a folder in the system's file manager. */
    public static Node openFolder() {
        return icon(Material2AL.FOLDER_OPEN);
    }

    /** Something failed. */
    public static Node error() {
        return icon(Material2AL.ERROR_OUTLINE);
    }

    /** Copying text to the clipboard. */
    public static Node copy() {
        return icon(Material2AL.CONTENT_COPY);
    }

    /** Opening a page in the web browser. */
    public static Node openInBrowser() {
        return icon(Material2MZ.OPEN_IN_NEW);
    }

    /** Adding an account. */
    public static Node addAccount() {
        return icon(Material2AL.ADD);
    }

    /** An account that is signed out and needs signing in again. */
    public static Node signedOut() {
        return icon(Material2AL.ERROR);
    }

    // Section: icons of the status and media views (ui.status, ui.media).

    /** Replying to a post; also marks a post as a reply. */
    public static Node reply() {
        return icon(Material2MZ.REPLY);
    }

    /** Boosting (reblogging) a post; also the "X boosted" line. */
    public static Node reblog() {
        return icon(Material2MZ.REPEAT);
    }

    /** Favouriting a post that is not favourited yet. */
    public static Node favourite() {
        return icon(Material2AL.FAVORITE_BORDER);
    }

    /** A post the user favourited. */
    public static Node favourited() {
        return icon(Material2AL.FAVORITE);
    }

    /** Bookmarking a post that is not bookmarked yet. */
    public static Node bookmark() {
        return icon(Material2AL.BOOKMARK_BORDER);
    }

    /** A post the user bookmarked. */
    public static Node bookmarked() {
        return icon(Material2AL.BOOKMARK);
    }

    /** The menu of further actions on a post. */
    public static Node more() {
        return icon(Material2MZ.MORE_HORIZ);
    }

    /** A public post. */
    public static Node visibilityPublic() {
        return icon(Material2MZ.PUBLIC);
    }

    /** A quiet public (unlisted) post. */
    public static Node visibilityUnlisted() {
        return icon(Material2AL.LOCK_OPEN);
    }

    /** A followers-only post. */
    public static Node visibilityPrivate() {
        return icon(Material2AL.LOCK);
    }

    /** A private mention (direct post). */
    public static Node visibilityDirect() {
        return icon(Material2AL.ALTERNATE_EMAIL);
    }

    /** A post that was edited after it was published. */
    public static Node edited() {
        return icon(Material2AL.EDIT);
    }

    /** A content warning. */
    public static Node contentWarning() {
        return icon(Material2MZ.REPORT_PROBLEM);
    }

    /** A post hidden by one of the user's filters. */
    public static Node filtered() {
        return icon(Material2AL.FILTER_ALT);
    }

    /** Hidden (sensitive) media. */
    public static Node hiddenMedia() {
        return icon(Material2MZ.VISIBILITY_OFF);
    }

    /** A video attachment. */
    public static Node video() {
        return icon(Material2MZ.PLAY_ARROW);
    }

    /** An animated GIF (a silent looping video). */
    public static Node gif() {
        return icon(Material2AL.GIF);
    }

    /** An audio attachment. */
    public static Node audio() {
        return icon(Material2MZ.VOLUME_UP);
    }

    /** An attachment of a kind Woolly cannot show, offered as a link. */
    public static Node attachment() {
        return icon(Material2AL.ATTACH_FILE);
    }

    /** A link that opens outside Woolly. */
    public static Node externalLink() {
        return icon(Material2MZ.OPEN_IN_NEW);
    }

    /** An image that could not be loaded. */
    public static Node brokenImage() {
        return icon(Material2AL.BROKEN_IMAGE);
    }

    /** The user's own choice, e.g. in a poll. */
    public static Node check() {
        return icon(Material2AL.CHECK_CIRCLE);
    }

    /** A quoted post. */
    public static Node quote() {
        return icon(Material2AL.FORMAT_QUOTE);
    }

    /** Image attachments, in a summary line. */
    public static Node image() {
        return icon(Material2AL.IMAGE);
    }

    /** Loading posts that are missing from a timeline. */
    public static Node loadMissing() {
        return icon(Material2MZ.UNFOLD_MORE);
    }

    /** Refreshing a timeline. */
    public static Node refresh() {
        return icon(Material2MZ.REFRESH);
    }

    /** New posts above: scroll up. */
    public static Node arrowUp() {
        return icon(Material2AL.ARROW_UPWARD);
    }

    /** The home timeline. */
    public static Node home() {
        return icon(Material2AL.HOME);
    }

    /** Notifications. */
    public static Node notifications() {
        return icon(Material2MZ.NOTIFICATIONS);
    }

    /** The local timeline: people on this server. */
    public static Node local() {
        return icon(Material2AL.GROUP);
    }

    /** The federated timeline: the wider network. */
    public static Node federated() {
        return icon(Material2MZ.PUBLIC);
    }

    /** Bookmarks. */
    public static Node bookmarks() {
        return icon(Material2AL.BOOKMARKS);
    }

    /** Favourites. */
    public static Node favourites() {
        return icon(Material2AL.FAVORITE);
    }

    /** Settings. */
    public static Node settings() {
        return icon(Material2MZ.SETTINGS);
    }

    /** Going back to where the person came from. */
    public static Node back() {
        return icon(Material2AL.ARROW_BACK);
    }

    /** Closing a panel. */
    public static Node close() {
        return icon(Material2AL.CLOSE);
    }

    /** Writing a new post. */
    public static Node compose() {
        return icon(Material2AL.EDIT);
    }

    // Section: icons of the composer's poll, schedule and language (ui.compose.*).

    /** Adding a poll to a post. */
    public static Node poll() {
        return icon(Material2MZ.POLL);
    }

    /** Adding one more choice to a poll. */
    public static Node addChoice() {
        return icon(Material2AL.ADD);
    }

    /** Removing one choice of a poll. */
    public static Node removeChoice() {
        return icon(Material2MZ.REMOVE_CIRCLE_OUTLINE);
    }

    /** Publishing a post later. */
    public static Node schedule() {
        return icon(Material2MZ.SCHEDULE);
    }

    /** The list of posts scheduled for later. */
    public static Node scheduledPosts() {
        return icon(Material2AL.EVENT_NOTE);
    }

    /** The language a post is written in. */
    public static Node language() {
        return icon(Material2AL.LANGUAGE);
    }

    /** The emoji picker in the composer. */
    public static Node emoji() {
        return icon(Material2MZ.SENTIMENT_SATISFIED_ALT);
    }

    // Section: icons of the composer's attachments (ui.compose.media).

    /** Adding files to a post: a paperclip. */
    public static Node addMedia() {
        return icon(Material2AL.ATTACH_FILE);
    }

    /** Removing an attachment from a post. */
    public static Node removeMedia() {
        return icon(Material2AL.CLOSE);
    }

    /** An attachment the server has. */
    public static Node uploaded() {
        return icon(Material2AL.CLOUD_DONE);
    }

    /** An attachment on its way to the server. */
    public static Node uploading() {
        return icon(Material2AL.CLOUD_UPLOAD);
    }

    /** The focal point of a picture. */
    public static Node focalPoint() {
        return icon(Material2AL.CENTER_FOCUS_STRONG);
    }

    /** The person's own profile. */
    public static Node profile() {
        return icon(Material2AL.ACCOUNT_CIRCLE);
    }

    /** One of the person's lists. */
    public static Node list() {
        return icon(Material2AL.LIST_ALT);
    }

    private static Node icon(Ikon ikon) {
        return new FontIcon(ikon);
    }
}
