package social.woolly.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A status (a post) as the server shows it to the current user.
 *
 * <p>Ids are opaque strings: never parse or compare them as numbers. A date the server sent in a
 * form we cannot read is {@code null} rather than a failure. Absent arrays are empty lists. The
 * per-user flags ({@code favourited} …) are {@code false} when the server left them out, as it does
 * for requests without a user token.
 *
 * @param quote what this status quotes: Mastodon 4.4+ {@code quote}, or a Pleroma/Akkoma quote
 * @param pleroma Pleroma/Akkoma extensions; read {@link #quote()} instead of its quote
 * @see <a href="https://docs.joinmastodon.org/entities/Status/">Status</a>
 */
public record Status(
        String id,
        @Nullable String uri,
        @Nullable String url,
        @Nullable Instant createdAt,
        @Nullable Instant editedAt,
        Account account,
        String content,
        @Nullable String text,
        Visibility visibility,
        boolean sensitive,
        String spoilerText,
        @Nullable String language,
        List<MediaAttachment> mediaAttachments,
        List<Mention> mentions,
        List<Tag> tags,
        List<CustomEmoji> emojis,
        @Nullable Application application,
        int repliesCount,
        int reblogsCount,
        int favouritesCount,
        int quotesCount,
        @Nullable String inReplyToId,
        @Nullable String inReplyToAccountId,
        @Nullable Status reblog,
        @Nullable Quote quote,
        @Nullable Poll poll,
        @Nullable PreviewCard card,
        boolean favourited,
        boolean reblogged,
        boolean muted,
        boolean bookmarked,
        boolean pinned,
        List<FilterResult> filtered,
        @Nullable PleromaStatus pleroma) {

    public Status {
        Objects.requireNonNull(id, "status id");
        Objects.requireNonNull(account, "status account");
        content = Missing.text(content);
        spoilerText = Missing.text(spoilerText);
        visibility = Missing.or(visibility, Visibility.UNKNOWN);
        mediaAttachments = Missing.list(mediaAttachments);
        mentions = Missing.list(mentions);
        tags = Missing.list(tags);
        emojis = Missing.list(emojis);
        filtered = Missing.list(filtered);
        if (quote == null && pleroma != null && pleroma.quote() != null) {
            quote = new Quote(
                    QuoteState.ACCEPTED, pleroma.quote(), pleroma.quote().id());
        }
    }

    /**
     * This status (or, for a boost, the boosted one inside it) as favourited or not, with the
     * count moved by one: for showing a favourite before the server confirms it.
     */
    public Status withFavourited(boolean on) {
        if (reblog != null) {
            return withReblogOf(reblog.withFavourited(on));
        }
        int count = Math.max(0, favouritesCount + (on == favourited ? 0 : on ? 1 : -1));
        return new Status(
                id,
                uri,
                url,
                createdAt,
                editedAt,
                account,
                content,
                text,
                visibility,
                sensitive,
                spoilerText,
                language,
                mediaAttachments,
                mentions,
                tags,
                emojis,
                application,
                repliesCount,
                reblogsCount,
                count,
                quotesCount,
                inReplyToId,
                inReplyToAccountId,
                reblog,
                quote,
                poll,
                card,
                on,
                reblogged,
                muted,
                bookmarked,
                pinned,
                filtered,
                pleroma);
    }

    /** As {@link #withFavourited}, for boosting. */
    public Status withReblogged(boolean on) {
        if (reblog != null) {
            return withReblogOf(reblog.withReblogged(on));
        }
        int count = Math.max(0, reblogsCount + (on == reblogged ? 0 : on ? 1 : -1));
        return new Status(
                id,
                uri,
                url,
                createdAt,
                editedAt,
                account,
                content,
                text,
                visibility,
                sensitive,
                spoilerText,
                language,
                mediaAttachments,
                mentions,
                tags,
                emojis,
                application,
                repliesCount,
                count,
                favouritesCount,
                quotesCount,
                inReplyToId,
                inReplyToAccountId,
                reblog,
                quote,
                poll,
                card,
                favourited,
                on,
                muted,
                bookmarked,
                pinned,
                filtered,
                pleroma);
    }

    /** As {@link #withFavourited}, for bookmarking. */
    public Status withBookmarked(boolean on) {
        if (reblog != null) {
            return withReblogOf(reblog.withBookmarked(on));
        }
        return new Status(
                id,
                uri,
                url,
                createdAt,
                editedAt,
                account,
                content,
                text,
                visibility,
                sensitive,
                spoilerText,
                language,
                mediaAttachments,
                mentions,
                tags,
                emojis,
                application,
                repliesCount,
                reblogsCount,
                favouritesCount,
                quotesCount,
                inReplyToId,
                inReplyToAccountId,
                reblog,
                quote,
                poll,
                card,
                favourited,
                reblogged,
                muted,
                on,
                pinned,
                filtered,
                pleroma);
    }

    private Status withReblogOf(Status inner) {
        return new Status(
                id,
                uri,
                url,
                createdAt,
                editedAt,
                account,
                content,
                text,
                visibility,
                sensitive,
                spoilerText,
                language,
                mediaAttachments,
                mentions,
                tags,
                emojis,
                application,
                repliesCount,
                reblogsCount,
                favouritesCount,
                quotesCount,
                inReplyToId,
                inReplyToAccountId,
                inner,
                quote,
                poll,
                card,
                favourited,
                reblogged,
                muted,
                bookmarked,
                pinned,
                filtered,
                pleroma);
    }

    /** The status to show: the reblogged one for a reblog, else this one. */
    public Status shown() {
        return reblog != null ? reblog : this;
    }

    /**
     * Pleroma and Akkoma's {@code pleroma} object on a status, reduced to what Woolly reads.
     *
     * @param quote the quoted status, on Pleroma versions that put it here
     */
    public record PleromaStatus(
            @Nullable Status quote, @Nullable String quoteId) {}
}
