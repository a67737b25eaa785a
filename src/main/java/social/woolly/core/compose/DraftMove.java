package social.woolly.core.compose;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A draft handed to another account's composer ("post as"), and what could not come along. Pure.
 *
 * <p>An uploaded attachment's id belongs to the account (and server) that uploaded it: a file the
 * draft still has on disk comes along to be uploaded again by the new account; one known only by
 * its id (media of a redrafted post) is left behind. A reply or quote names a status by its id on
 * the old server, so it comes along only to an account on the same server.
 *
 * @param draft the new draft, of the new account, with a fresh id and idempotency key
 * @param droppedMedia how many attachments were left behind
 * @param droppedReply whether the reply (or quote) was left behind
 */
public record DraftMove(Draft draft, int droppedMedia, boolean droppedReply) {

    /**
     * {@code from} as a draft of {@code accountKey}.
     *
     * @param sameServer whether the new account is on the server of the old one
     * @throws IllegalArgumentException if {@code from} edits a posted status: only its author can
     */
    public static DraftMove to(Draft from, String accountKey, boolean sameServer, Instant now) {
        if (from.isEdit()) {
            throw new IllegalArgumentException("an edit cannot change its author");
        }
        List<DraftMedia> media = new ArrayList<>();
        int dropped = 0;
        for (DraftMedia item : from.media()) {
            if (item.file() == null) {
                dropped++;
            } else {
                media.add(item.mediaId() == null ? item : item.withoutUpload());
            }
        }
        boolean hadReply = from.inReplyToId() != null || from.quotedStatusId() != null;
        Draft moved = Draft.blank(accountKey, now).toBuilder()
                .text(from.text())
                .spoilerText(from.spoilerText())
                .visibility(from.visibility())
                .language(from.language())
                .sensitive(from.sensitive())
                .inReplyToId(sameServer ? from.inReplyToId() : null)
                .inReplyToAcct(sameServer ? from.inReplyToAcct() : null)
                .quotedStatusId(sameServer ? from.quotedStatusId() : null)
                .poll(from.poll())
                .media(media)
                .scheduledAt(from.scheduledAt())
                .build();
        return new DraftMove(moved, dropped, hadReply && !sameServer);
    }
}
