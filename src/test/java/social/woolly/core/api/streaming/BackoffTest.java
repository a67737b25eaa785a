package social.woolly.core.api.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static List<Duration> take(Backoff backoff, int count) {
        return IntStream.range(0, count).mapToObj(i -> backoff.next()).toList();
    }

    @Test
    void next_withoutJitter_doublesFromInitialUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 0, new Random(1));

        assertThat(take(backoff, 9))
                .extracting(Duration::toSeconds)
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void next_withJitter_staysWithinTwentyPercentAndNeverAboveTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 0.2, new Random(42));

        List<Duration> delays = take(backoff, 200);

        for (int i = 0; i < delays.size(); i++) {
            long base = Math.min(60_000, 1000L << Math.min(i, 20));
            assertThat(delays.get(i).toMillis())
                    .as("delay %d", i)
                    .isBetween(Math.round(base * 0.8), Math.min(60_000, Math.round(base * 1.2)));
        }
        assertThat(delays).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(60)));
        assertThat(delays.subList(10, 200).stream().distinct().count())
                .as("jitter spreads the capped delays")
                .isGreaterThan(180);
    }

    @Test
    void next_sameSeed_sameSequence() {
        List<Duration> first = take(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 0.2, new Random(7)), 12);
        List<Duration> second =
                take(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 0.2, new Random(7)), 12);

        assertThat(first).isEqualTo(second);
    }

    @Test
    void reset_afterGrowth_startsAgainAtInitial() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 0, new Random(1));
        take(backoff, 5);

        backoff.reset();

        assertThat(backoff.attempts()).isZero();
        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void next_manyAttempts_doesNotOverflow() {
        Backoff backoff = new Backoff(Duration.ofMinutes(5), Duration.ofHours(1), 0, new Random(1));

        List<Duration> delays = take(backoff, 100);

        assertThat(delays.getLast()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void constructor_invalidArguments_rejected() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 0, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 0, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 1.0, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
