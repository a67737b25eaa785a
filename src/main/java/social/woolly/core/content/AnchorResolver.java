package social.woolly.core.content;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import social.woolly.core.content.ContentContext.KnownMention;
import social.woolly.core.content.ContentContext.KnownTag;

/**
 * Decides what an {@code <a>} with a safe href is: a hashtag, a mention or a plain link. Servers mark
 * them differently (Mastodon and GoToSocial {@code class="mention hashtag"}, Pleroma {@code
 * class="hashtag"}, Misskey only {@code rel="tag"}, Hollo {@code class="h-card u-url mention"}), so the
 * status's own mentions and tags are matched by URL first, and classes count only with the text that
 * goes with them ({@code #…}, {@code @…}).
 */
final class AnchorResolver {

    private final List<KnownMention> mentions;
    private final Map<String, KnownMention> mentionsByUrl = new HashMap<>();
    private final Map<String, KnownTag> tagsByUrl = new HashMap<>();
    private final @Nullable String localHost;

    AnchorResolver(ContentContext context) {
        this.mentions = context.mentions();
        for (KnownMention mention : mentions) {
            String url = LinkText.safeHref(mention.url());
            if (url != null) {
                mentionsByUrl.putIfAbsent(LinkText.matchKey(url), mention);
            }
        }
        for (KnownTag tag : context.tags()) {
            String url = LinkText.safeHref(tag.url());
            if (url != null) {
                // Tag pages differ only in case: Mastodon links /tags/Java, its tags list /tags/java.
                tagsByUrl.putIfAbsent(LinkText.matchKey(url).toLowerCase(Locale.ROOT), tag);
            }
        }
        String base = context.serverBaseUrl() == null ? null : LinkText.safeHref(context.serverBaseUrl());
        this.localHost = base == null ? null : LinkText.host(base);
    }

    /** An anchor's signals, read when it opens; its text is known only when it closes. */
    record Anchor(String href, boolean mentionClass, boolean hashtagClass, boolean relTag, Style style) {}

    /** @param text the anchor's text as shown, not empty */
    Inline resolve(Anchor anchor, String text) {
        String key = LinkText.matchKey(anchor.href());
        KnownTag tag = tagsByUrl.isEmpty() ? null : tagsByUrl.get(key.toLowerCase(Locale.ROOT));
        if (tag != null || ((anchor.hashtagClass() || anchor.relTag()) && startsWith(text, '#', '＃'))) {
            String name = tag != null ? tag.name() : text.substring(1).strip();
            if (!name.isEmpty()) {
                return new Inline.Hashtag(anchor.href(), name, text, anchor.style());
            }
        }
        boolean handle = startsWith(text, '@', '＠');
        KnownMention known = mentionsByUrl.get(key);
        if (known == null && anchor.mentionClass() && handle) {
            known = byHandle(text.substring(1));
        }
        if (known != null) {
            return new Inline.Mention(anchor.href(), text, known.username(), known.acct(), known.id(), anchor.style());
        }
        if (anchor.mentionClass() && handle) {
            Inline mention = unknownMention(anchor, text);
            if (mention != null) {
                return mention;
            }
        }
        return new Inline.Link(anchor.href(), text, anchor.style());
    }

    /** A mention of an account the status does not list (Pleroma, Misskey): acct only when certain. */
    private @Nullable Inline unknownMention(Anchor anchor, String text) {
        String handle = text.substring(1);
        int at = handle.indexOf('@');
        String username = (at < 0 ? handle : handle.substring(0, at)).strip();
        String domain = at < 0 ? null : handle.substring(at + 1).strip();
        if (username.isEmpty() || (domain != null && domain.isEmpty())) {
            return null;
        }
        String acct;
        if (domain != null) {
            acct = domain.equalsIgnoreCase(localHost) ? username : username + "@" + domain;
        } else {
            acct = LinkText.host(anchor.href()).equals(localHost) ? username : null;
        }
        return new Inline.Mention(anchor.href(), text, username, acct, null, anchor.style());
    }

    /** The listed mention whose acct the text names: {@code alice@host}, or {@code alice} if unique. */
    private @Nullable KnownMention byHandle(String handle) {
        int at = handle.indexOf('@');
        String username = at < 0 ? handle : handle.substring(0, at);
        String domain = at < 0 ? null : handle.substring(at + 1);
        boolean local = domain != null && domain.equalsIgnoreCase(localHost);
        KnownMention byUsername = null;
        int sameUsername = 0;
        for (KnownMention mention : mentions) {
            if (mention.acct().equalsIgnoreCase(handle)
                    || (local && mention.acct().equalsIgnoreCase(username))) {
                return mention;
            }
            if (mention.username().equalsIgnoreCase(username)) {
                byUsername = mention;
                sameUsername++;
            }
        }
        return domain == null && sameUsername == 1 ? byUsername : null;
    }

    private static boolean startsWith(String text, char ascii, char fullWidth) {
        return !text.isEmpty() && (text.charAt(0) == ascii || text.charAt(0) == fullWidth);
    }
}
