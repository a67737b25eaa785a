package social.woolly.core.compose;

import social.woolly.core.model.ScheduledStatus;
import social.woolly.core.model.Status;

/**
 * What the server made of a draft {@link Publisher} sent: the server has confirmed it, so the
 * caller may now delete the draft.
 */
public sealed interface Published {

    /** A new status, posted now. */
    record Posted(Status status) implements Published {}

    /** The edited status, as it now reads. */
    record Edited(Status status) implements Published {}

    /**
     * A status the server will publish at {@link ScheduledStatus#scheduledAt()}.
     *
     * <p>Mastodon posts a status whose time has already passed at once and answers with the
     * status; that answer then arrives here with no {@code scheduledAt}.
     */
    record Scheduled(ScheduledStatus scheduled) implements Published {}
}
