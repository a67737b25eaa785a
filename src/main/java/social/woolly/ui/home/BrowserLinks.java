package social.woolly.ui.home;

import java.net.URI;
import social.woolly.ui.desktop.Browser;
import social.woolly.ui.status.LinkHandler;

/**
 * Where a post's links go: web links open in the browser (only http and https), hashtags open
 * their timeline in Woolly, and mentions the profile in Woolly.
 */
final class BrowserLinks implements LinkHandler {
    private final Browser browser;
    private final String server;
    private final java.util.function.Consumer<String> openTag;
    private final java.util.function.Consumer<Profile> openProfile;

    BrowserLinks(
            Browser browser,
            String server,
            java.util.function.Consumer<String> openTag,
            java.util.function.Consumer<Profile> openProfile) {
        this.browser = browser;
        this.server = server;
        this.openTag = openTag;
        this.openProfile = openProfile;
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
        openProfile.accept(profile);
    }

    /** A profile Woolly cannot show (its server is unknown here): the web page instead. */
    void openProfileInBrowser(Profile profile) {
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
