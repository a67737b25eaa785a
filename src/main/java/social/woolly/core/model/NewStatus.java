package social.woolly.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A status to post (or the new content of a status to edit). Only {@code status} is required;
 * every {@code null} leaves the server's default. A status needs text, media or a poll.
 *
 * @param status the text
 * @param visibility {@code null} for the user's default visibility
 * @param mediaIds ids of uploaded media, in order; not together with a poll
 * @param scheduledAt publish later instead of now (at least 5 minutes ahead on Mastodon)
 * @param quotedStatusId the status to quote (Mastodon 4.5+)
 * @see <a href="https://docs.joinmastodon.org/methods/statuses/#create">Post a new status</a>
 */
public record NewStatus(
        String status,
        @Nullable String spoilerText,
        @Nullable Visibility visibility,
        boolean sensitive,
        @Nullable String language,
        @Nullable String inReplyToId,
        List<String> mediaIds,
        @Nullable Poll poll,
        @Nullable Instant scheduledAt,
        @Nullable String quotedStatusId) {

    public NewStatus {
        status = Missing.text(status);
        mediaIds = Missing.list(mediaIds);
        if (visibility == Visibility.UNKNOWN) {
            throw new IllegalArgumentException("cannot post with an unknown visibility");
        }
    }

    /** A draft with just text; add the rest with {@link #builder(String)}. */
    public static NewStatus of(String text) {
        return builder(text).build();
    }

    public static Builder builder(String text) {
        return new Builder(text);
    }

    /**
     * A poll to attach.
     *
     * @param expiresIn how long it stays open (whole seconds are sent)
     * @param hideTotals hide vote counts until it ends
     */
    public record Poll(List<String> options, Duration expiresIn, boolean multiple, boolean hideTotals) {
        public Poll {
            options = List.copyOf(options);
        }
    }

    /** Builds a {@link NewStatus} step by step; every setter is optional. */
    public static final class Builder {
        private final String status;
        private @Nullable String spoilerText;
        private @Nullable Visibility visibility;
        private boolean sensitive;
        private @Nullable String language;
        private @Nullable String inReplyToId;
        private List<String> mediaIds = List.of();
        private @Nullable Poll poll;
        private @Nullable Instant scheduledAt;
        private @Nullable String quotedStatusId;

        private Builder(String status) {
            this.status = status;
        }

        public Builder spoilerText(@Nullable String value) {
            spoilerText = value;
            return this;
        }

        public Builder visibility(@Nullable Visibility value) {
            visibility = value;
            return this;
        }

        public Builder sensitive(boolean value) {
            sensitive = value;
            return this;
        }

        public Builder language(@Nullable String value) {
            language = value;
            return this;
        }

        public Builder inReplyToId(@Nullable String value) {
            inReplyToId = value;
            return this;
        }

        public Builder mediaIds(List<String> value) {
            mediaIds = List.copyOf(value);
            return this;
        }

        public Builder poll(@Nullable Poll value) {
            poll = value;
            return this;
        }

        public Builder scheduledAt(@Nullable Instant value) {
            scheduledAt = value;
            return this;
        }

        public Builder quotedStatusId(@Nullable String value) {
            quotedStatusId = value;
            return this;
        }

        public NewStatus build() {
            return new NewStatus(
                    status,
                    spoilerText,
                    visibility,
                    sensitive,
                    language,
                    inReplyToId,
                    mediaIds,
                    poll,
                    scheduledAt,
                    quotedStatusId);
        }
    }
}
