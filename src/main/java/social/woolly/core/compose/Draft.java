package social.woolly.core.compose;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import social.woolly.core.model.NewStatus;
import social.woolly.core.model.Visibility;

/**
 * A status being written, as the composer holds it and {@code DraftStore} keeps it. Immutable:
 * change it with {@link #toBuilder()}. Start one with {@link #blank} or {@link DraftStarts}.
 *
 * <p>Its {@link #idempotencyKey()} is made once, with the draft, and never changes: every attempt
 * to post this draft sends it, so a retry after a lost answer cannot post twice.
 *
 * @param id this draft's own id (a random UUID), the key in the draft store
 * @param accountKey the account that posts it ({@code SavedAccount.key()}: {@code user@host})
 * @param spoilerText the content warning; {@code ""} for none
 * @param visibility {@code null} for the account's default
 * @param language ISO 639 code, or {@code null} for the account's default
 * @param inReplyToId the status this replies to
 * @param inReplyToAcct the {@code acct} of that status's author, for the "Replying to" line when
 *     the draft is opened again; {@code null} when unknown or not a reply
 * @param quotedStatusId the status this quotes (Mastodon 4.5+)
 * @param poll a poll instead of media; options may still be blank while being written
 * @param media attachments, in order; not together with a poll
 * @param scheduledAt publish at this time instead of now
 * @param editingStatusId the status this draft edits (saved with PUT), or {@code null} for a new one
 * @param updatedAt when it was last saved
 */
public record Draft(
        String id,
        String accountKey,
        String text,
        String spoilerText,
        @Nullable Visibility visibility,
        @Nullable String language,
        boolean sensitive,
        @Nullable String inReplyToId,
        @Nullable String inReplyToAcct,
        @Nullable String quotedStatusId,
        NewStatus.@Nullable Poll poll,
        List<DraftMedia> media,
        @Nullable Instant scheduledAt,
        @Nullable String editingStatusId,
        String idempotencyKey,
        Instant updatedAt) {

    public Draft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountKey, "accountKey");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(spoilerText, "spoilerText");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(updatedAt, "updatedAt");
        media = List.copyOf(media);
        if (idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("blank idempotency key");
        }
        if (visibility == Visibility.UNKNOWN) {
            visibility = null;
        }
    }

    /** An empty new status for {@code accountKey}, with a fresh id and idempotency key. */
    public static Draft blank(String accountKey, Instant now) {
        return new Draft(
                newId(),
                accountKey,
                "",
                "",
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                newId(),
                now);
    }

    /** A random UUID, for draft ids and idempotency keys. */
    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Whether this edits a posted status rather than making a new one. */
    public boolean isEdit() {
        return editingStatusId != null;
    }

    /** Whether there is nothing in it worth keeping: no text, content warning, media or poll. */
    public boolean isEmpty() {
        return text.isBlank() && spoilerText.isBlank() && media.isEmpty() && poll == null;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes a copy of a {@link Draft}; its id, account and idempotency key stay. */
    public static final class Builder {
        private final Draft base;
        private String text;
        private String spoilerText;
        private @Nullable Visibility visibility;
        private @Nullable String language;
        private boolean sensitive;
        private @Nullable String inReplyToId;
        private @Nullable String inReplyToAcct;
        private @Nullable String quotedStatusId;
        private NewStatus.@Nullable Poll poll;
        private List<DraftMedia> media;
        private @Nullable Instant scheduledAt;
        private @Nullable String editingStatusId;
        private Instant updatedAt;

        private Builder(Draft base) {
            this.base = base;
            text = base.text;
            spoilerText = base.spoilerText;
            visibility = base.visibility;
            language = base.language;
            sensitive = base.sensitive;
            inReplyToId = base.inReplyToId;
            inReplyToAcct = base.inReplyToAcct;
            quotedStatusId = base.quotedStatusId;
            poll = base.poll;
            media = base.media;
            scheduledAt = base.scheduledAt;
            editingStatusId = base.editingStatusId;
            updatedAt = base.updatedAt;
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public Builder spoilerText(String value) {
            spoilerText = value;
            return this;
        }

        public Builder visibility(@Nullable Visibility value) {
            visibility = value;
            return this;
        }

        public Builder language(@Nullable String value) {
            language = value;
            return this;
        }

        public Builder sensitive(boolean value) {
            sensitive = value;
            return this;
        }

        public Builder inReplyToId(@Nullable String value) {
            inReplyToId = value;
            return this;
        }

        public Builder inReplyToAcct(@Nullable String value) {
            inReplyToAcct = value;
            return this;
        }

        public Builder quotedStatusId(@Nullable String value) {
            quotedStatusId = value;
            return this;
        }

        public Builder poll(NewStatus.@Nullable Poll value) {
            poll = value;
            return this;
        }

        public Builder media(List<DraftMedia> value) {
            media = List.copyOf(value);
            return this;
        }

        public Builder scheduledAt(@Nullable Instant value) {
            scheduledAt = value;
            return this;
        }

        public Builder editingStatusId(@Nullable String value) {
            editingStatusId = value;
            return this;
        }

        public Builder updatedAt(Instant value) {
            updatedAt = value;
            return this;
        }

        public Draft build() {
            return new Draft(
                    base.id,
                    base.accountKey,
                    text,
                    spoilerText,
                    visibility,
                    language,
                    sensitive,
                    inReplyToId,
                    inReplyToAcct,
                    quotedStatusId,
                    poll,
                    media,
                    scheduledAt,
                    editingStatusId,
                    base.idempotencyKey,
                    updatedAt);
        }
    }
}
