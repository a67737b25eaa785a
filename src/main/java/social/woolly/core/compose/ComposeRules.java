package social.woolly.core.compose;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import social.woolly.core.model.NewStatus;
import social.woolly.core.model.ServerLimits;

/**
 * What one server allows in a status, checked before sending so the composer can say what is wrong
 * while the user still writes, instead of after a 422. Limits come from the instance ({@link
 * ServerLimits}); the rules that the instance does not publish are Mastodon's:
 *
 * <ul>
 *   <li>a status needs text unless it has media, even with a poll or a content warning (docs of
 *       {@code status}: "If media_ids is provided, this becomes optional");
 *   <li>media and a poll cannot go together ({@code media_ids} "cannot be used with
 *       {@code poll}");
 *   <li>a poll has at least 2 options, none blank or repeated; options count in user-perceived
 *       characters ({@code PollOptionsValidator});
 *   <li>alt text counts in code points (Rails' {@code length} validation on {@code description});
 *   <li>images are limited by {@code image_size_limit}, video and audio by {@code
 *       video_size_limit}, and only image, video and audio files are taken; a server that lists
 *       {@code supported_mime_types} takes only those (Hollo lists no audio, and answers an audio
 *       upload with a 500);
 *   <li>a scheduled status must be more than 5 minutes ahead ({@code ScheduledStatusValidator}),
 *       and an edit cannot be scheduled.
 * </ul>
 *
 * <p>A limit the server did not state (size and description limits on some servers) is not
 * checked; the server still has the last word. Pure apart from the clock; thread-safe.
 *
 * @see <a href="https://docs.joinmastodon.org/methods/statuses/#create">POST /api/v1/statuses</a>
 * @see <a href="https://docs.joinmastodon.org/entities/Instance/#configuration">Instance configuration</a>
 */
public final class ComposeRules {
    /** How far ahead a scheduled status must be on Mastodon. */
    public static final Duration MIN_SCHEDULE_LEAD = Duration.ofMinutes(5);

    /** The fewest options a poll may have. */
    public static final int MIN_POLL_OPTIONS = 2;

    private final ServerLimits limits;
    private final CharacterCounter counter;
    private final Clock clock;

    public ComposeRules(ServerLimits limits, Clock clock) {
        this.limits = limits;
        this.counter = new CharacterCounter(limits);
        this.clock = clock;
    }

    public ServerLimits limits() {
        return limits;
    }

    /** The counter for this server, for the composer's "characters left". */
    public CharacterCounter counter() {
        return counter;
    }

    /** The earliest time the server accepts for a scheduled status, now. */
    public Instant earliestSchedule() {
        return clock.instant().plus(MIN_SCHEDULE_LEAD).plusSeconds(1);
    }

    /** Everything the server would refuse in {@code draft}, in the order of the composer's fields; empty if none. */
    public List<ComposeProblem> check(Draft draft) {
        List<ComposeProblem> problems = new ArrayList<>();
        if (draft.text().isBlank() && draft.media().isEmpty()) {
            problems.add(new ComposeProblem.Empty());
        }
        CharacterCount count = counter.count(draft);
        if (count.isOver()) {
            problems.add(new ComposeProblem.TooLong(count));
        }
        checkMedia(draft, problems);
        NewStatus.Poll poll = draft.poll();
        if (poll != null) {
            if (!draft.media().isEmpty()) {
                problems.add(new ComposeProblem.PollWithMedia());
            }
            checkPoll(poll, problems);
        }
        checkSchedule(draft, problems);
        return List.copyOf(problems);
    }

    /** Whether {@link #check} finds nothing. */
    public boolean canPost(Draft draft) {
        return check(draft).isEmpty();
    }

    private void checkMedia(Draft draft, List<ComposeProblem> problems) {
        List<DraftMedia> media = draft.media();
        if (media.size() > limits.maxMediaAttachments()) {
            problems.add(new ComposeProblem.TooManyMedia(media.size(), limits.maxMediaAttachments()));
        }
        for (int i = 0; i < media.size(); i++) {
            DraftMedia item = media.get(i);
            // Media already on the server passed the server's own checks.
            if (!item.isUploaded()) {
                checkFile(i, item, problems);
            }
            String description = item.description();
            Integer max = limits.descriptionLimit();
            if (description != null && max != null) {
                int length = description.codePointCount(0, description.length());
                if (length > max) {
                    problems.add(new ComposeProblem.DescriptionTooLong(i, length, max));
                }
            }
        }
    }

    private void checkFile(int index, DraftMedia item, List<ComposeProblem> problems) {
        Long limit = switch (item.kind()) {
            case IMAGE -> limits.imageSizeLimit();
            case VIDEO, AUDIO -> limits.videoSizeLimit();
            case OTHER -> {
                problems.add(new ComposeProblem.UnsupportedMedia(index, item.mimeType()));
                yield null;
            }
        };
        if (item.kind() != DraftMedia.Kind.OTHER && !takes(item.mimeType())) {
            problems.add(new ComposeProblem.MediaTypeNotTaken(index, item.mimeType()));
        }
        if (limit != null && item.size() > limit) {
            problems.add(new ComposeProblem.MediaTooLarge(index, item.kind(), item.size(), limit));
        }
    }

    /**
     * Whether the server lists {@code mimeType} among the types it takes; a server that lists none
     * takes what Mastodon takes. Matched loosely, since a wrong refusal would block a file the
     * server takes: parameters and case are ignored, {@code image/*} entries and the draft's own
     * wildcard types match their kind, and common aliases ({@code image/jpg}, {@code audio/mp3},
     * {@code audio/x-wav} …) count as the same type.
     */
    boolean takes(String mimeType) {
        List<String> listed = limits.supportedMimeTypes();
        if (listed.isEmpty()) {
            return true;
        }
        String wanted = canonical(mimeType);
        String kind = wanted.substring(0, wanted.indexOf('/') + 1);
        for (String entry : listed) {
            String type = canonical(entry);
            if (type.equals(wanted)
                    || type.equals(kind + "*")
                    || (wanted.equals(kind + "*") && type.startsWith(kind))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("image/jpg", "image/jpeg"),
            Map.entry("image/pjpeg", "image/jpeg"),
            Map.entry("image/x-png", "image/png"),
            Map.entry("audio/mp3", "audio/mpeg"),
            Map.entry("audio/x-mp3", "audio/mpeg"),
            Map.entry("audio/mpeg3", "audio/mpeg"),
            Map.entry("audio/x-mpeg", "audio/mpeg"),
            Map.entry("audio/wav", "audio/wave"),
            Map.entry("audio/x-wav", "audio/wave"),
            Map.entry("audio/vnd.wave", "audio/wave"),
            Map.entry("audio/x-pn-wave", "audio/wave"),
            Map.entry("audio/x-flac", "audio/flac"),
            Map.entry("audio/x-m4a", "audio/mp4"),
            Map.entry("audio/m4a", "audio/mp4"),
            Map.entry("audio/opus", "audio/ogg"),
            Map.entry("video/x-m4v", "video/mp4"));

    private static String canonical(String mimeType) {
        int semicolon = mimeType.indexOf(';');
        String bare = (semicolon < 0 ? mimeType : mimeType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(bare, bare);
    }

    private void checkPoll(NewStatus.Poll poll, List<ComposeProblem> problems) {
        List<String> options = poll.options();
        if (options.size() < MIN_POLL_OPTIONS || options.size() > limits.pollMaxOptions()) {
            problems.add(new ComposeProblem.PollOptionCount(options.size(), MIN_POLL_OPTIONS, limits.pollMaxOptions()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i).strip();
            int length = CharacterCounter.graphemes(option);
            if (option.isEmpty()) {
                problems.add(new ComposeProblem.PollOptionBlank(i));
            } else if (!seen.add(option)) {
                problems.add(new ComposeProblem.PollOptionDuplicate(i));
            }
            if (length > limits.pollMaxCharactersPerOption()) {
                problems.add(new ComposeProblem.PollOptionTooLong(i, length, limits.pollMaxCharactersPerOption()));
            }
        }
        Duration min = Duration.ofSeconds(limits.pollMinExpiration());
        Duration max = Duration.ofSeconds(limits.pollMaxExpiration());
        if (poll.expiresIn().compareTo(min) < 0 || poll.expiresIn().compareTo(max) > 0) {
            problems.add(new ComposeProblem.PollDuration(poll.expiresIn(), min, max));
        }
    }

    private void checkSchedule(Draft draft, List<ComposeProblem> problems) {
        Instant scheduledAt = draft.scheduledAt();
        if (scheduledAt == null) {
            return;
        }
        if (draft.isEdit()) {
            problems.add(new ComposeProblem.ScheduledEdit());
            return;
        }
        // ScheduledStatusValidator refuses scheduled_at <= now + 5 minutes.
        Instant earliest = earliestSchedule();
        if (scheduledAt.isBefore(earliest)) {
            problems.add(new ComposeProblem.ScheduledTooSoon(scheduledAt, earliest));
        }
    }
}
