package social.woolly.core.compose;

import java.time.Duration;
import java.time.Instant;

/**
 * Something in a {@link Draft} its server would refuse, found by {@link ComposeRules} before
 * sending. Each kind carries what the composer needs to say it in its own words; indexes count
 * from 0 in {@link Draft#media()} or the poll's options.
 */
public sealed interface ComposeProblem {

    /**
     * No text and no media: a status needs text unless it has media (a poll needs text too).
     *
     * @see <a href="https://docs.joinmastodon.org/methods/statuses/#create">POST /api/v1/statuses</a>
     */
    record Empty() implements ComposeProblem {}

    /** Text and content warning together are over the server's limit. */
    record TooLong(CharacterCount count) implements ComposeProblem {}

    /** More attachments than the server's {@code max_media_attachments}. */
    record TooManyMedia(int count, int max) implements ComposeProblem {}

    /** A file larger than the server's {@code image_size_limit} or {@code video_size_limit} (bytes). */
    record MediaTooLarge(int index, DraftMedia.Kind kind, long size, long limit) implements ComposeProblem {}

    /** A file that is not an image, video or audio, which Mastodon does not take. */
    record UnsupportedMedia(int index, String mimeType) implements ComposeProblem {}

    /**
     * A file of a type the server does not list in {@code supported_mime_types}: it would fail
     * only after the upload, and not always clearly (Hollo answers audio with a 500).
     */
    record MediaTypeNotTaken(int index, String mimeType) implements ComposeProblem {}

    /** Alt text longer than the server's {@code description_limit} (in characters). */
    record DescriptionTooLong(int index, int length, int max) implements ComposeProblem {}

    /** Media and a poll together, which Mastodon refuses. */
    record PollWithMedia() implements ComposeProblem {}

    /** Fewer than 2 or more than the server's {@code max_options} poll options. */
    record PollOptionCount(int count, int min, int max) implements ComposeProblem {}

    /** An empty poll option. */
    record PollOptionBlank(int index) implements ComposeProblem {}

    /** A poll option longer than {@code max_characters_per_option}. */
    record PollOptionTooLong(int index, int length, int max) implements ComposeProblem {}

    /** A poll option the same as an earlier one. */
    record PollOptionDuplicate(int index) implements ComposeProblem {}

    /** A poll shorter than {@code min_expiration} or longer than {@code max_expiration}. */
    record PollDuration(Duration expiresIn, Duration min, Duration max) implements ComposeProblem {}

    /** A time to publish that is not at least the minimum lead (5 minutes) ahead. */
    record ScheduledTooSoon(Instant scheduledAt, Instant earliest) implements ComposeProblem {}

    /** An edit of a posted status cannot be scheduled. */
    record ScheduledEdit() implements ComposeProblem {}
}
