package social.woolly.ui.home;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import social.woolly.ui.desktop.Browser;
import social.woolly.ui.status.LinkHandler;

/**
 * Where a post's links go for now: web links, profiles and hashtags open in the browser (only
 * http and https). Profiles and hashtags open in Woolly itself once those views exist.
 */
final class BrowserLinks implements LinkHandler {
    private final Browser browser;
    private final String server;

    BrowserLinks(Browser browser, String server) {
        this.browser = browser;
        this.server = server;
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
        openUrl(server + "/tags/" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    }
}
