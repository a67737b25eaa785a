package social.woolly.core.compose;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import social.woolly.core.model.MediaAttachment;
import social.woolly.core.model.NewStatus;
import social.woolly.core.model.ScheduledStatus;

/**
 * Turns a status scheduled on the server back into a {@link Draft}, to edit it: Mastodon cannot
 * change a scheduled status except its time, so editing means scheduling a new one (this draft, at
 * the same time) and then cancelling the old one. Pure; thread-safe.
 */
public final class ScheduledDrafts {
    private ScheduledDrafts() {}

    /** A new draft for {@code accountKey} with the text, options, media and time of {@code scheduled}. */
    public static Draft draftOf(String accountKey, ScheduledStatus scheduled, Instant now) {
        Draft.Builder draft = Draft.blank(accountKey, now).toBuilder().scheduledAt(scheduled.scheduledAt());
        ScheduledStatus.Params params = scheduled.params();
        if (params != null) {
            String spoiler = params.spoilerText();
            draft.text(params.text())
                    .spoilerText(spoiler == null ? "" : spoiler)
                    .visibility(params.visibility())
                    .sensitive(Boolean.TRUE.equals(params.sensitive()))
                    .language(params.language())
                    .inReplyToId(params.inReplyToId());
            ScheduledStatus.PollParams poll = params.poll();
            if (poll != null) {
                draft.poll(new NewStatus.Poll(
                        poll.options(),
                        Duration.ofSeconds(poll.expiresIn()),
                        Boolean.TRUE.equals(poll.multiple()),
                        Boolean.TRUE.equals(poll.hideTotals())));
            }
        }
        // The media are already on the server: the new status takes the same ids.
        List<MediaAttachment> media = scheduled.mediaAttachments();
        draft.media(media.stream().map(DraftMedia::ofAttachment).toList());
        return draft.build();
    }
}
