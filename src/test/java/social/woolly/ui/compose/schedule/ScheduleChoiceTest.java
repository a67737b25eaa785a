package social.woolly.ui.compose.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The date and time picker's checks (issue #5: "the server's minimum lead time"). */
class ScheduleChoiceTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant EARLIEST = NOW.plusSeconds(5 * 60 + 1);

    private ScheduleChoice choice(Instant initial) {
        return new ScheduleChoice(initial, () -> EARLIEST, BERLIN, TEXT);
    }

    @Test
    void defaultFor_isAnHourAhead_toTheMinute_andAccepted() {
        Instant start = ScheduleChoice.defaultFor(NOW.plusSeconds(42));
        ScheduleChoice choice = choice(start);

        assertThat(start).isEqualTo(Instant.parse("2026-03-01T13:00:00Z"));
        assertThat(choice.timeProperty().get()).isEqualTo("14:00");
        assertThat(choice.dateProperty().get()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(choice.accept()).contains(start);
        assertThat(choice.problemProperty().get()).isEmpty();
    }

    @Test
    void accept_beforeTheEarliestTime_isRefusedWithTheFirstTimeAllowed() {
        ScheduleChoice choice = choice(ScheduleChoice.defaultFor(NOW));

        choice.timeProperty().set("13:03");

        assertThat(choice.accept()).isEmpty();
        assertThat(choice.problemProperty().get())
                .contains("too soon")
                .contains(ScheduleChoice.format(Instant.parse("2026-03-01T12:06:00Z"), BERLIN));
    }

    @Test
    void accept_timeNotOnA24HourClock_isRefused() {
        ScheduleChoice choice = choice(ScheduleChoice.defaultFor(NOW));

        choice.timeProperty().set("2:30 pm");

        assertThat(choice.accept()).isEmpty();
        assertThat(choice.problemProperty().get()).contains("14:30");
    }

    @Test
    void accept_anotherDay_combinesDateAndTimeInTheZone() {
        ScheduleChoice choice = choice(ScheduleChoice.defaultFor(NOW));

        choice.dateProperty().set(LocalDate.of(2026, 7, 4));
        choice.timeProperty().set(" 9:05 ");

        assertThat(choice.accept()).contains(Instant.parse("2026-07-04T07:05:00Z"));
    }

    @Test
    void accept_withoutADate_isRefused() {
        ScheduleChoice choice = choice(ScheduleChoice.defaultFor(NOW));

        choice.dateProperty().set(null);

        assertThat(choice.accept()).isEmpty();
        assertThat(choice.problemProperty().get()).isEqualTo("Pick a date.");
    }
}
