package social.woolly.core.timeline;

import social.woolly.core.model.FilterAction;
import social.woolly.core.model.FilterResult;
import social.woolly.core.model.Status;

/** What the timeline needs to know about a status beyond its fields. */
final class Statuses {
    private Statuses() {}

    /**
     * Whether a filter says to hide it. The server already limits {@code filtered} to filters of
     * the timeline's context; for a reblog the reblogged status carries them.
     */
    static boolean isHidden(Status status) {
        return hides(status) || (status.reblog() != null && hides(status.reblog()));
    }

    private static boolean hides(Status status) {
        for (FilterResult result : status.filtered()) {
            if (result.filter().filterAction() == FilterAction.HIDE) {
                return true;
            }
        }
        return false;
    }

    /** {@code wrapper}, a reblog, now reblogging {@code reblog} (an edited version of it). */
    static Status withReblog(Status wrapper, Status reblog) {
        Status w = wrapper;
        return new Status(
                w.id(),
                w.uri(),
                w.url(),
                w.createdAt(),
                w.editedAt(),
                w.account(),
                w.content(),
                w.text(),
                w.visibility(),
                w.sensitive(),
                w.spoilerText(),
                w.language(),
                w.mediaAttachments(),
                w.mentions(),
                w.tags(),
                w.emojis(),
                w.application(),
                w.repliesCount(),
                w.reblogsCount(),
                w.favouritesCount(),
                w.quotesCount(),
                w.inReplyToId(),
                w.inReplyToAccountId(),
                reblog,
                w.quote(),
                w.poll(),
                w.card(),
                w.favourited(),
                w.reblogged(),
                w.muted(),
                w.bookmarked(),
                w.pinned(),
                w.filtered(),
                w.pleroma());
    }
}
