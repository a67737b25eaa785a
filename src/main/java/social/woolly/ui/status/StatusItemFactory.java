package social.woolly.ui.status;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import social.woolly.core.content.ContentContext;
import social.woolly.core.content.ContentParser;
import social.woolly.core.content.RichText;
import social.woolly.core.media.Blurhash;
import social.woolly.core.model.CustomEmoji;
import social.woolly.core.model.MediaAttachment;
import social.woolly.core.model.Mention;
import social.woolly.core.model.Poll;
import social.woolly.core.model.Status;
import social.woolly.core.model.Tag;

/**
 * Makes {@link StatusItem}s: parses content, content warnings, names and poll options into rich
 * text and decodes media blurhashes, all the work a cell must not do on the FX thread. Call it on a
 * background thread (where the timeline's page was decoded). Stateless apart from its settings and
 * thread-safe, so one per signed-in account serves every timeline.
 */
public final class StatusItemFactory {

    // A quoted post is shown compact: a few lines say what it is; the rest is one click away.
    private static final ContentParser QUOTE_PARSER = new ContentParser(500);
    // Names and poll options are one line; servers other than Mastodon do not all limit them.
    private static final ContentParser LINE_PARSER = new ContentParser(200);

    /**
     * How much of a post a list shows: several screens of text. Longer posts (some servers allow
     * 100 000 characters) end in "…" and are read in full in their thread.
     */
    public static final int LIST_MAX_CHARS = 5_000;

    private final ContentParser parser;
    private final @Nullable String serverBaseUrl;

    /** A factory for list items, which cuts content at {@link #LIST_MAX_CHARS}. */
    public StatusItemFactory(@Nullable String serverBaseUrl) {
        this(new ContentParser(LIST_MAX_CHARS), serverBaseUrl);
    }

    /** @param serverBaseUrl the signed-in server, {@code https://host}, to recognise local mentions */
    public StatusItemFactory(ContentParser parser, @Nullable String serverBaseUrl) {
        this.parser = parser;
        this.serverBaseUrl = serverBaseUrl;
    }

    /** An item for {@code status}, with all UI state at its defaults (warnings collapsed, media hidden). */
    public StatusItem create(Status status) {
        return new StatusItem(status, texts(status, parser, true));
    }

    /**
     * An item for an edited or reloaded {@code status} that keeps the UI state of {@code previous}
     * (an expanded warning stays expanded).
     */
    public StatusItem create(Status status, StatusItem previous) {
        StatusItem item = create(status);
        item.copyStateFrom(previous);
        return item;
    }

    private StatusItem.Texts texts(Status status, ContentParser contentParser, boolean withQuote) {
        Status shown = status.shown();
        Status quoted = withQuote && shown.quote() != null && shown.quote().isShowable()
                ? shown.quote().quotedStatus()
                : null;
        ContentContext context = contextOf(shown, quoted != null);
        RichText content = contentParser.parse(shown.content(), context);
        RichText spoiler = line(shown.spoilerText(), shown.emojis(), parser);
        RichText name = name(
                shown.account().displayName(),
                shown.account().username(),
                shown.account().emojis());
        RichText booster = status.reblog() == null
                ? RichText.EMPTY
                : name(
                        status.account().displayName(),
                        status.account().username(),
                        status.account().emojis());
        List<RichText> options = pollOptions(shown.poll());
        List<int[]> blurhashes = new ArrayList<>(shown.mediaAttachments().size());
        for (MediaAttachment media : shown.mediaAttachments()) {
            blurhashes.add(Blurhash.decode(media.blurhash()));
        }
        int[] cardBlurhash =
                shown.card() == null ? new int[0] : Blurhash.decode(shown.card().blurhash());
        StatusItem quotedItem = quoted == null ? null : new StatusItem(quoted, texts(quoted, QUOTE_PARSER, false));
        return new StatusItem.Texts(content, spoiler, name, booster, options, blurhashes, cardBlurhash, quotedItem);
    }

    private ContentContext contextOf(Status shown, boolean quoteShown) {
        List<ContentContext.KnownMention> mentions = new ArrayList<>();
        for (Mention mention : shown.mentions()) {
            if (mention.url() != null) {
                mentions.add(new ContentContext.KnownMention(
                        mention.url(), mention.username(), mention.acct(), mention.id()));
            }
        }
        List<ContentContext.KnownTag> tags = new ArrayList<>();
        for (Tag tag : shown.tags()) {
            if (tag.url() != null) {
                tags.add(new ContentContext.KnownTag(tag.name(), tag.url()));
            }
        }
        return new ContentContext(mentions, tags, emojis(shown.emojis()), serverBaseUrl, quoteShown);
    }

    /** An account's display name (its username if blank) with its custom emoji; off the FX thread. */
    public static RichText displayName(social.woolly.core.model.Account account) {
        return name(account.displayName(), account.username(), account.emojis());
    }

    private static RichText name(String displayName, String username, List<CustomEmoji> emojis) {
        String name = displayName.isBlank() ? username : displayName;
        return line(name, emojis, LINE_PARSER);
    }

    private static List<RichText> pollOptions(@Nullable Poll poll) {
        if (poll == null) {
            return List.of();
        }
        List<RichText> options = new ArrayList<>(poll.options().size());
        for (Poll.Option option : poll.options()) {
            options.add(line(option.title(), poll.emojis(), LINE_PARSER));
        }
        return options;
    }

    /** Plain text (a name, a warning) as rich text, so that its {@code :shortcode:}s become emoji. */
    private static RichText line(String plain, List<CustomEmoji> emojis, ContentParser lineParser) {
        if (plain.isBlank()) {
            return RichText.EMPTY;
        }
        // Escaped, so that a name like "<b>Bob</b>" shows as typed; newlines are not breaks in one line.
        String html = plain.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace('\n', ' ')
                .replace('\r', ' ');
        return lineParser.parse(html, new ContentContext(List.of(), List.of(), emojis(emojis), null, false));
    }

    private static List<ContentContext.CustomEmoji> emojis(List<CustomEmoji> emojis) {
        List<ContentContext.CustomEmoji> known = new ArrayList<>(emojis.size());
        for (CustomEmoji emoji : emojis) {
            if (emoji.url() != null) {
                String still = emoji.staticUrl() != null ? emoji.staticUrl() : emoji.url();
                known.add(new ContentContext.CustomEmoji(emoji.shortcode(), emoji.url(), still));
            }
        }
        return known;
    }
}
