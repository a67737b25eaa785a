package social.woolly.ui.compose.schedule;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;
import social.woolly.core.compose.ComposeRules;

/**
 * A date and a 24-hour time ({@code HH:mm}) being picked for publishing later, checked against the
 * earliest time the server takes. Used for a new post and for rescheduling. FX thread only; needs
 * no toolkit.
 */
public final class ScheduleChoice {
    private static final Pattern TIME = Pattern.compile("\\s*([01]?\\d|2[0-3]):([0-5]\\d)\\s*");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final ObjectProperty<@Nullable LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final Supplier<Instant> earliest;
    private final ZoneId zone;
    private final ResourceBundle words;

    /**
     * @param initial the time shown at first
     * @param earliest the earliest time the server takes, asked anew at each check
     */
    public ScheduleChoice(Instant initial, Supplier<Instant> earliest, ZoneId zone, ResourceBundle words) {
        this.earliest = earliest;
        this.zone = zone;
        this.words = words;
        ZonedDateTime shown = initial.atZone(zone);
        date.set(shown.toLocalDate());
        time.set(HH_MM.format(shown));
        date.addListener((o, was, now) -> check());
        time.addListener((o, was, now) -> check());
    }

    /**
     * A picker starting at {@code current}, or an hour from now if there is none, that takes times
     * from the server's earliest on.
     */
    public static ScheduleChoice startingAt(
            @Nullable Instant current, Clock clock, Supplier<ComposeRules> rules, ZoneId zone, ResourceBundle words) {
        return new ScheduleChoice(
                current == null ? defaultFor(clock.instant()) : current,
                () -> rules.get().earliestSchedule(),
                zone,
                words);
    }

    /** One hour from {@code now}, to the minute: where the picker starts for a new post. */
    public static Instant defaultFor(Instant now) {
        return now.plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
    }

    /** The chosen time, if it is a real time the server takes now; else the problem says why. */
    public Optional<Instant> accept() {
        return check();
    }

    private Optional<Instant> check() {
        LocalDate day = date.get();
        Matcher m = TIME.matcher(time.get());
        if (day == null) {
            return refuse(words.getString("compose.schedule.noDate"));
        }
        if (!m.matches()) {
            return refuse(words.getString("compose.schedule.badTime"));
        }
        Instant at;
        try {
            // A time that does not exist on that day (a DST gap) moves forward, as clocks do.
            at = ZonedDateTime.of(day, LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), zone)
                    .toInstant();
        } catch (DateTimeException e) {
            return refuse(words.getString("compose.schedule.badTime"));
        }
        Instant first = earliest.get();
        if (at.isBefore(first)) {
            // Said in whole minutes: the server's 5 minutes plus a second would read oddly.
            Instant shown = first.plus(59, ChronoUnit.SECONDS).truncatedTo(ChronoUnit.MINUTES);
            return refuse(MessageFormat.format(words.getString("compose.schedule.tooSoon"), format(shown, zone)));
        }
        problem.set("");
        return Optional.of(at);
    }

    private Optional<Instant> refuse(String why) {
        problem.set(why);
        return Optional.empty();
    }

    /**
     * A date and time as the person reads them, the time on the 24-hour clock they type it in:
     * "Mar 12, 2026, 14:30".
     */
    static String format(Instant instant, ZoneId zone) {
        ZonedDateTime at = instant.atZone(zone);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).format(at) + ", " + HH_MM.format(at);
    }

    public ObjectProperty<@Nullable LocalDate> dateProperty() {
        return date;
    }

    /** The time of day, {@code HH:mm} on a 24-hour clock. */
    public StringProperty timeProperty() {
        return time;
    }

    /** Why the chosen time cannot be used; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
