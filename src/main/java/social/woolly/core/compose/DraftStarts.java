package social.woolly.core.compose;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.Mention;
import social.woolly.core.model.NewStatus;
import social.woolly.core.model.Poll;
import social.woolly.core.model.Status;
import social.woolly.core.model.StatusSource;
import social.woolly.core.model.Visibility;

/**
 * The drafts a composer opens with, besides {@link Draft#blank}: a reply, an edit of a posted
 * status, and a redraft of a deleted one. Each has a fresh draft id and idempotency key. Pure.
 */
public final class DraftStarts {
    /** How long a poll of an edited status runs when the server did not say when it ends. */
    static final Duration DEFAULT_POLL_DURATION = Duration.ofDays(1);

    private static final Duration MIN_POLL_DURATION = Duration.ofMinutes(5);

    private DraftStarts() {}

    /**
     * A reply to {@code original} (or, for a boost, to the boosted status): its author and the
     * accounts it mentions are mentioned, except the replying account itself; its content warning
     * is kept; its visibility is no wider than the original's.
     *
     * @param selfId the replying account's id on its server, left out of the mentions
     * @param preferred the replying account's default visibility, or {@code null} if unknown
     */
    public static Draft reply(
            String accountKey, String selfId, Status original, @Nullable Visibility preferred, Instant now) {
        Status target = original.reblog() != null ? original.reblog() : original;
        Set<String> seen = new LinkedHashSet<>();
        List<String> handles = new ArrayList<>();
        addHandle(target.account().id(), target.account().acct(), selfId, seen, handles);
        for (Mention mention : target.mentions()) {
            addHandle(mention.id(), mention.acct(), selfId, seen, handles);
        }
        String text = handles.isEmpty() ? "" : String.join(" ", handles) + " ";
        return Draft.blank(accountKey, now).toBuilder()
                .text(text)
                .spoilerText(target.spoilerText())
                .visibility(narrower(target.visibility(), preferred))
                .inReplyToId(target.id())
                .inReplyToAcct(target.account().acct())
                .build();
    }

    private static void addHandle(String id, String acct, String selfId, Set<String> seen, List<String> handles) {
        if (!id.equals(selfId) && !acct.isEmpty() && seen.add(acct.toLowerCase(Locale.ROOT))) {
            handles.add("@" + acct);
        }
    }

    /**
     * The narrower of two visibilities (direct is narrowest); an absent one yields to the other,
     * and {@code null} when both are. An unknown one counts as {@link Visibility#PRIVATE}: it is a
     * server's own audience (Akkoma's {@code local}, GoToSocial's {@code mutuals_only}), and a reply
     * to it must not go out wider by default.
     */
    public static @Nullable Visibility narrower(@Nullable Visibility a, @Nullable Visibility b) {
        Visibility knownA = a == Visibility.UNKNOWN ? Visibility.PRIVATE : a;
        Visibility knownB = b == Visibility.UNKNOWN ? Visibility.PRIVATE : b;
        if (knownA == null) {
            return knownB;
        }
        return knownB != null && knownB.ordinal() > knownA.ordinal() ? knownB : knownA;
    }

    /**
     * An edit of a posted status: the text and content warning as written ({@code source}), its
     * language, sensitivity, poll and media, saved with PUT to {@code status.id()}. Visibility and
     * reply are shown but the server does not change them on an edit.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/statuses/#source">GET /api/v1/statuses/:id/source</a>
     */
    public static Draft edit(String accountKey, Status status, StatusSource source, Instant now) {
        return copyOf(accountKey, status, source.text(), now).toBuilder()
                .spoilerText(source.spoilerText())
                .editingStatusId(status.id())
                .build();
    }

    /**
     * A new draft from a status deleted to write it again: its text (the delete answer's {@code
     * text}; empty if the server sent none), content warning, media, poll, visibility and reply.
     * The media are the deleted status's upload ids, which Hollo deletes with the status and snac
     * never had: {@link Redraft} passes copies instead. A reply to a parent the server cannot show
     * (Akkoma's {@code "_"}) is no reply.
     *
     * @see <a href="https://docs.joinmastodon.org/methods/statuses/#delete">DELETE /api/v1/statuses/:id</a>
     */
    public static Draft redraft(String accountKey, Status deleted, Instant now) {
        return copyOf(accountKey, deleted, deleted.text() == null ? "" : deleted.text(), now);
    }

    /**
     * A redraft as {@link #redraft(String, Status, Instant)}, whose media are {@code media} (copies
     * kept as local files by {@link Redraft}) instead of the deleted status's upload ids, which
     * some servers delete with the status.
     */
    public static Draft redraft(String accountKey, Status deleted, Instant now, List<DraftMedia> media) {
        return redraft(accountKey, deleted, now).toBuilder().media(media).build();
    }

    private static Draft copyOf(String accountKey, Status status, String text, Instant now) {
        var quote = status.quote();
        return Draft.blank(accountKey, now).toBuilder()
                .text(text)
                .spoilerText(status.spoilerText())
                // An unknown audience (Akkoma local) would become the account's default: keep it narrow.
                .visibility(narrower(status.visibility(), null))
                .language(status.language())
                .sensitive(status.sensitive())
                .inReplyToId(visibleParent(status))
                .inReplyToAcct(visibleParent(status) == null ? null : replyAcct(status))
                .quotedStatusId(quote == null ? null : quote.quotedStatusId())
                .poll(status.poll() == null ? null : pollOf(status.poll(), now))
                .media(status.mediaAttachments().stream()
                        .map(DraftMedia::ofAttachment)
                        .toList())
                .build();
    }

    /**
     * Akkoma's id for a parent it has but cannot show ({@code status_view.ex} {@code
     * @ghost_flake_id}); it "will always 404 when supplied to API endpoints".
     */
    static final String AKKOMA_GHOST_ID = "_";

    /** The id of the status {@code status} replies to, or {@code null} if none or not one the server can find. */
    public static @Nullable String visibleParent(Status status) {
        String id = status.inReplyToId();
        return id == null || id.equals(AKKOMA_GHOST_ID) || id.isBlank() ? null : id;
    }

    // A status names only the account it replies to by id; its handle is among the mentions
    // (Mastodon mentions the author replied to), or the author replied to themselves.
    private static @Nullable String replyAcct(Status status) {
        String id = status.inReplyToAccountId();
        if (status.inReplyToId() == null || id == null) {
            return null;
        }
        if (id.equals(status.account().id())) {
            return status.account().acct();
        }
        return status.mentions().stream()
                .filter(m -> m.id().equals(id))
                .map(Mention::acct)
                .findFirst()
                .orElse(null);
    }

    // The entity says when a poll ends, not how long it ran: keep what is left of it.
    private static NewStatus.Poll pollOf(Poll poll, Instant now) {
        Duration left = poll.expiresAt() == null ? DEFAULT_POLL_DURATION : Duration.between(now, poll.expiresAt());
        Duration expiresIn = left.compareTo(MIN_POLL_DURATION) < 0 ? MIN_POLL_DURATION : left;
        List<String> options = poll.options().stream().map(Poll.Option::title).toList();
        return new NewStatus.Poll(options, expiresIn.withNanos(0), poll.multiple(), false);
    }
}
