package social.woolly.core.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the parser needs to know about a status besides its HTML, as plain values copied from the
 * status entity, so that this package does not depend on the API model.
 *
 * @param mentions the status's {@code mentions}: a link to one of their URLs becomes a mention run
 * @param tags the status's {@code tags}: a link to one of their URLs becomes a hashtag run
 * @param emojis the status's {@code emojis}: only these shortcodes become emoji runs
 * @param serverBaseUrl the signed-in server, {@code https://host}: a mention of a local account gets
 *     its bare username as acct; null when unknown
 * @param quoteShownNatively true when the UI shows the quoted status as a card. Only then is the
 *     server's fallback ({@code <p class="quote-inline">RE: <a …>…</a></p>}, Mastodon 4.4+, Akkoma,
 *     Hollo) hidden; otherwise that link is the only trace of the quote, so it stays.
 * @see <a href="https://docs.joinmastodon.org/entities/Status/">Status</a>
 */
public record ContentContext(
        List<KnownMention> mentions,
        List<KnownTag> tags,
        List<CustomEmoji> emojis,
        @Nullable String serverBaseUrl,
        boolean quoteShownNatively) {

    /** No mentions, tags or emoji, no server: links and text only. */
    public static final ContentContext NONE = new ContentContext(List.of(), List.of(), List.of(), null, false);

    public ContentContext {
        mentions = List.copyOf(mentions);
        tags = List.copyOf(tags);
        emojis = List.copyOf(emojis);
    }

    /** A status's mention: {@code url} is the profile page, {@code id} the account id on the signed-in server. */
    public record KnownMention(String url, String username, String acct, String id) {}

    /** A status's hashtag: {@code name} without {@code #}, {@code url} the tag page. */
    public record KnownTag(String name, String url) {}

    /** A custom emoji used in the status. */
    public record CustomEmoji(String shortcode, String url, String staticUrl) {}
}
