package social.woolly.core.api.streaming;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a server's streaming API does beyond Mastodon's, or lacks, read from the software version
 * string of its instance document. Servers do not announce these differences, so the version is
 * the only clue; keep every such guess here.
 *
 * @param authenticatesByMessage whether the socket takes {@code {"type":"pleroma:authenticate"}}
 *     after it opened (Pleroma and Akkoma: some of their versions read neither the {@code
 *     Authorization} header nor the sub-protocol)
 * @param hashtags whether hashtag subscriptions deliver posts (GoToSocial ignores them; Akkoma's
 *     handler drops the tag and refuses them silently)
 * @param lists whether list subscriptions deliver posts (Akkoma drops the list id, as for hashtags)
 */
public record StreamingSupport(boolean authenticatesByMessage, boolean hashtags, boolean lists) {

    /** Mastodon, and any server not recognised: everything as documented. */
    public static final StreamingSupport MASTODON = new StreamingSupport(false, true, true);

    // GoToSocial reports "0.19.1 git-abc1234", or "3.5.3+0.19.1-git-abc1234" when it pretends to be
    // Mastodon 3.5.3 (typeutils toMastodonVersion); no Mastodon release carries "git-".
    private static final Pattern GO_TO_SOCIAL = Pattern.compile("^(3\\.5\\.3\\+)?0\\.\\d+\\.\\d+[ +-]git-.*");

    /**
     * @param version {@code version} of the instance document, e.g. Pleroma's {@code "2.7.2
     *     (compatible; Pleroma 2.6.0)"}
     */
    public static StreamingSupport of(String version) {
        String lower = version.toLowerCase(Locale.ROOT);
        if (lower.contains("akkoma")) {
            return new StreamingSupport(true, false, false);
        }
        if (lower.contains("pleroma")) {
            return new StreamingSupport(true, true, true);
        }
        if (lower.contains("gotosocial") || GO_TO_SOCIAL.matcher(lower).matches()) {
            return new StreamingSupport(false, false, true);
        }
        return MASTODON;
    }
}
