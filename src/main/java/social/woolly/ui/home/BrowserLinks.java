package social.woolly.ui.home;

import java.net.URI;
import social.woolly.ui.desktop.Browser;
import social.woolly.ui.status.LinkHandler;

/**
 * Where a post's links go: web links open in the browser (only http and https), hashtags open
 * their timeline in Woolly, and profiles open in the browser until the profile view exists.
 */
final class BrowserLinks implements LinkHandler {
    private final Browser browser;
    private final String server;
    private final java.util.function.Consumer<String> openTag;

    BrowserLinks(Browser browser, String server, java.util.function.Consumer<String> openTag) {
        this.browser = browser;
        this.server = server;
        this.openTag = openTag;
    }

    @Override
    public void openUrl(String url) {
        try {
            browser.open(URI.create(url));
        } catch (IllegalArgumentException e) {
            // Not a URL after all: nothing to open.
        }
    }

    @Override
    public void openProfile(Profile profile) {
        if (profile.url() != null) {
            openUrl(profile.url());
        } else if (profile.acct() != null) {
            openUrl(server + "/@" + profile.acct());
        }
    }

    @Override
    public void openTag(String name) {
        openTag.accept(name);
    }
}
