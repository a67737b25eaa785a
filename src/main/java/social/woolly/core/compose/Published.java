package social.woolly.core.compose;

import social.woolly.core.model.ScheduledStatus;
import social.woolly.core.model.Status;

/**
 * What the server made of a draft {@link Publisher} sent: the server has confirmed it, so the
 * caller may now delete the draft.
 */
public sealed interface Published {

    /**
     * A new status, posted now.
     *
     * @param scheduleIgnored the draft was to be scheduled, but the server published it at once and
     *     answered with the status (Hollo and GoToSocial before 0.20 ignore {@code scheduled_at}):
     *     the person must be told, since the post is public already
     */
    record Posted(Status status, boolean scheduleIgnored) implements Published {
        /** Posted now, as asked. */
        public Posted(Status status) {
            this(status, false);
        }
    }

    /** The edited status, as it now reads. */
    record Edited(Status status) implements Published {}

    /**
     * A status the server will publish at {@link ScheduledStatus#scheduledAt()}. A server that
     * answers a scheduled draft with a status instead (it published it now) gives a {@link Posted}
     * with {@link Posted#scheduleIgnored()}.
     */
    record Scheduled(ScheduledStatus scheduled) implements Published {}
}
