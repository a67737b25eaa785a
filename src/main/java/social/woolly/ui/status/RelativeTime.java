package social.woolly.ui.status;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * Says when something happened the way timelines do: {@code now}, {@code 5m}, {@code 3h}, {@code
 * 2d}, then the date ({@code Mar 4}, or {@code Mar 4, 2023} in another year); and how long a poll
 * still runs. Times a little in the future (a server's clock ahead of ours) read as now. Reads the
 * clock on each call, so a ticker only has to ask again to stay current.
 */
public final class RelativeTime {

    private final Clock clock;
    private final ResourceBundle text;
    private final DateTimeFormatter thisYear;
    private final DateTimeFormatter otherYear;
    private final DateTimeFormatter full;

    public RelativeTime(Clock clock, ResourceBundle text) {
        this.clock = clock;
        this.text = text;
        this.thisYear = DateTimeFormatter.ofPattern(text.getString("status.time.dateThisYear"), text.getLocale())
                .withZone(clock.getZone());
        this.otherYear = DateTimeFormatter.ofPattern(text.getString("status.time.dateOtherYear"), text.getLocale())
                .withZone(clock.getZone());
        this.full = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(text.getLocale())
                .withZone(clock.getZone());
    }

    /** How long ago {@code then} was, briefly; empty when unknown. */
    public String since(@Nullable Instant then) {
        if (then == null) {
            return "";
        }
        Instant now = clock.instant();
        long seconds = Math.max(0, Duration.between(then, now).toSeconds());
        if (seconds < 60) {
            return text.getString("status.time.now");
        }
        if (seconds < 3600) {
            return format("status.time.minutes", seconds / 60);
        }
        if (seconds < 86_400) {
            return format("status.time.hours", seconds / 3600);
        }
        if (seconds < 7 * 86_400) {
            return format("status.time.days", seconds / 86_400);
        }
        ZonedDateTime date = then.atZone(clock.getZone());
        boolean sameYear = date.getYear() == now.atZone(clock.getZone()).getYear();
        return (sameYear ? thisYear : otherYear).format(then);
    }

    /** The full date and time, for a tooltip; empty when unknown. */
    public String full(@Nullable Instant then) {
        return then == null ? "" : full.format(then);
    }

    /**
     * How long until {@code end}, for a running poll: {@code closes in 3 hours}; {@code closed} once
     * it passed.
     */
    public String until(Instant end) {
        long seconds = Duration.between(clock.instant(), end).toSeconds();
        if (seconds <= 0) {
            return text.getString("status.poll.closed");
        }
        String left;
        if (seconds < 60) {
            return text.getString("status.poll.closesSoon");
        } else if (seconds < 3600) {
            left = format("status.duration.minutes", seconds / 60);
        } else if (seconds < 86_400) {
            left = format("status.duration.hours", seconds / 3600);
        } else {
            left = format("status.duration.days", seconds / 86_400);
        }
        return MessageFormat.format(text.getString("status.poll.closesIn"), left);
    }

    /** Whether {@code moment} is now or in the past. */
    public boolean hasPassed(Instant moment) {
        return !moment.isAfter(clock.instant());
    }

    private String format(String key, long value) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(new Object[] {value});
    }
}
