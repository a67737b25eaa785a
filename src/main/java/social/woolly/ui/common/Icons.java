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

    private static Node icon(Ikon ikon) {
        return new FontIcon(ikon);
    }
}
