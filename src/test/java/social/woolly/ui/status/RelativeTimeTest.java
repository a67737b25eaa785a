package social.woolly.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeTimeTest {

    private static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");
    private final RelativeTime time = new RelativeTime(
            Clock.fixed(NOW, ZoneOffset.UTC), ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH));

    @ParameterizedTest
    @CsvSource({
        "-PT30S, now", // the server's clock is ahead of ours
        "PT0S, now",
        "PT59S, now",
        "PT60S, 1m",
        "PT59M59S, 59m",
        "PT1H, 1h",
        "PT23H59M, 23h",
        "PT24H, 1d",
        "P6DT23H, 6d",
        "P7D, Jun 8",
        "P165D, Jan 1",
        "P200D, 'Nov 27, 2024'",
        "P3650D, 'Jun 18, 2015'"
    })
    void since_givesTheShortForm(Duration age, String expected) {
        assertThat(time.since(NOW.minus(age))).isEqualTo(expected);
    }

    @Test
    void since_unknownTime_isEmpty() {
        assertThat(time.since(null)).isEmpty();
        assertThat(time.full(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "-PT1S, Closed",
        "PT0S, Closed",
        "PT30S, Closing soon",
        "PT1M, 1 minute left",
        "PT5M30S, 5 minutes left",
        "PT1H, 1 hour left",
        "PT23H, 23 hours left",
        "P1D, 1 day left",
        "P3DT5H, 3 days left"
    })
    void until_saysHowLongAPollRuns(Duration left, String expected) {
        assertThat(time.until(NOW.plus(left))).isEqualTo(expected);
    }

    @Test
    void full_givesDateAndTime() {
        assertThat(time.full(NOW)).contains("2025").contains("12:00");
    }
}
