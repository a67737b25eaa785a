package social.woolly.ui.compose;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import social.woolly.core.compose.ComposeProblem;

/**
 * Says a {@link ComposeProblem} in the person's words. Attachments and poll choices are counted
 * from 1 here (the core counts from 0).
 */
public final class ProblemText {
    private final ResourceBundle words;
    private final ZoneId zone;

    public ProblemText(ResourceBundle words, ZoneId zone) {
        this.words = words;
        this.zone = zone;
    }

    /**
     * The first problem worth a sentence under the composer: an empty post and a text over the
     * limit are shown by the Post button and the red counter instead.
     */
    public Optional<String> first(List<ComposeProblem> problems) {
        return problems.stream()
                .filter(p -> !(p instanceof ComposeProblem.Empty) && !(p instanceof ComposeProblem.TooLong))
                .findFirst()
                .map(this::describe);
    }

    /** One problem as a sentence. */
    public String describe(ComposeProblem problem) {
        return switch (problem) {
            case ComposeProblem.Empty() -> words.getString("compose.prompt");
            case ComposeProblem.TooLong(var count) -> String.valueOf(count.remaining());
            case ComposeProblem.TooManyMedia(int count, int max) -> say("tooManyMedia", count, max);
            case ComposeProblem.MediaTooLarge(int index, var kind, long size, long limit) ->
                say("mediaTooLarge", index + 1, bytes(size), bytes(limit));
            case ComposeProblem.UnsupportedMedia(int index, String type) -> say("unsupportedMedia", index + 1, type);
            case ComposeProblem.MediaTypeNotTaken(int index, String type) -> say("mediaTypeNotTaken", index + 1, type);
            case ComposeProblem.DescriptionTooLong(int index, int length, int max) ->
                say("descriptionTooLong", index + 1, length, max);
            case ComposeProblem.PollWithMedia() -> say("pollWithMedia");
            case ComposeProblem.PollOptionCount(int count, int min, int max) -> say("pollOptionCount", count, min, max);
            case ComposeProblem.PollOptionBlank(int index) -> say("pollOptionBlank", index + 1);
            case ComposeProblem.PollOptionTooLong(int index, int length, int max) ->
                say("pollOptionTooLong", index + 1, length, max);
            case ComposeProblem.PollOptionDuplicate(int index) -> say("pollOptionDuplicate", index + 1);
            case ComposeProblem.PollDuration(var expiresIn, Duration min, Duration max) ->
                say("pollDuration", duration(expiresIn), duration(min), duration(max));
            case ComposeProblem.ScheduledTooSoon(Instant at, Instant earliest) ->
                say("scheduledTooSoon", time(earliest));
            case ComposeProblem.ScheduledEdit() -> say("scheduledEdit");
        };
    }

    private String say(String key, Object... arguments) {
        // Numbers as plain text: MessageFormat would group 1000 as "1,000" in one locale and not another.
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = String.valueOf(arguments[i]);
        }
        return MessageFormat.format(words.getString("compose.problem." + key), shown);
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).format(instant.atZone(zone));
    }

    /** "5 minutes", "3 days" — the unit that fits. */
    static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 60) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long hours = duration.toHours();
        if (hours < 48) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        long days = duration.toDays();
        return days + " days";
    }

    /** "8 MB", "512 KB". */
    static String bytes(long size) {
        if (size >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0))
                    .replace(".0 ", " ");
        }
        return Math.max(1, size / 1024) + " KB";
    }
}
