package social.woolly.ui.status;

import org.jspecify.annotations.Nullable;

/**
 * Where clicks on a post's links go. The status view calls it on the FX thread; the application
 * decides what opening means (the browser, a profile or tag view, a confirmation first).
 */
public interface LinkHandler {

    /** A web link; always an absolute {@code http} or {@code https} URL. */
    void openUrl(String url);

    /** An account: a mention in the text, or a post's author or booster. */
    void openProfile(Profile profile);

    /** A hashtag, by its name without {@code #}. */
    void openTag(String name);

    /**
     * What is known about an account a link points at.
     *
     * @param accountId the account's id on the signed-in server, when known
     * @param acct {@code alice} or {@code alice@example.com}, when known
     * @param url the profile page, an http(s) URL, when known
     */
    record Profile(
            @Nullable String accountId,
            @Nullable String acct,
            @Nullable String url) {}
}
