package social.woolly.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static social.woolly.core.timeline.WireServer.fixture;
import static social.woolly.core.timeline.WireServer.taken;

import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import social.woolly.core.api.ApiException;

class ReadPositionTest {
    private static final Instant START = Instant.parse("2025-03-08T15:00:00Z");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final TestClock clock = new TestClock(START);

    private ReadPosition position() {
        return new ReadPosition(WireServer.api(server).markers(), clock, Duration.ofSeconds(3), Duration.ofSeconds(15));
    }

    @Test
    void fetch_restoresTheSavedHomePosition() throws Exception {
        server.enqueue(fixture("markers_home_only.json"));
        ReadPosition position = position();

        var restored = position.restored(position.fetch().execute());

        assertThat(restored).contains("AqmGN8wPtFx2VnWZ9E");
        assertThat(taken(server).getTarget()).startsWith("/api/v1/markers?timeline%5B%5D=home");
    }

    @Test
    void fetch_onAServerWithoutMarkers_turnsTheFeatureOffQuietly() throws Exception {
        server.enqueue(WireServer.json(404, "{\"error\":\"Record not found\"}"));
        ReadPosition position = position();

        var restored = position.restored(position.fetch().execute());
        position.readPositionChanged("a");
        clock.advance(Duration.ofMinutes(1));

        assertThat(restored).isEmpty();
        assertThat(position.isSupported()).isFalse();
        assertThat(position.saveDueAt()).isEmpty();
        assertThat(position.saveIfDue()).isEmpty();
        assertThat(position.saveNow()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void fetch_withNothingSavedYet_restoresNothing() throws Exception {
        server.enqueue(WireServer.json(200, "{}"));
        ReadPosition position = position();

        assertThat(position.restored(position.fetch().execute())).isEmpty();
        assertThat(position.isSupported()).isTrue();
    }

    @Test
    void readPositionChanged_savesOnceAfterAQuietSpell() throws Exception {
        server.enqueue(fixture("markers_home_only.json"));
        ReadPosition position = position();

        position.readPositionChanged("Aqm9ZcTl2vB0Lw8XpQ");
        clock.advance(Duration.ofSeconds(2));
        position.readPositionChanged("AqmGN8wPtFx2VnWZ9E");

        assertThat(position.saveDueAt()).contains(START.plusSeconds(5));
        assertThat(position.saveIfDue()).isEmpty();
        clock.advance(Duration.ofSeconds(3));
        var save = position.saveIfDue().orElseThrow();
        position.saved(save.execute());

        var request = taken(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getBody().utf8()).isEqualTo("{\"home\":{\"last_read_id\":\"AqmGN8wPtFx2VnWZ9E\"}}");
        position.readPositionChanged("AqmGN8wPtFx2VnWZ9E");
        assertThat(position.saveDueAt()).isEmpty();
    }

    @Test
    void keepScrolling_savesNoLaterThanTheMaxDelay() {
        ReadPosition position = position();

        for (int second = 0; second < 20; second++) {
            position.readPositionChanged("s" + second);
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(position.saveDueAt()).contains(START.plusSeconds(15));
        assertThat(position.saveIfDue()).isPresent();
    }

    @Test
    void saveFailed_triesAgainLater_withTheNewestPosition() {
        ReadPosition position = position();
        position.readPositionChanged("a");
        clock.advance(Duration.ofSeconds(3));
        position.saveIfDue().orElseThrow();

        position.saveFailed(new ApiException.ServerTrouble(502));

        assertThat(position.saveDueAt()).contains(START.plusSeconds(18));
        position.readPositionChanged("b");
        clock.advance(Duration.ofSeconds(15));
        assertThat(position.saveIfDue()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 410, 415, 422})
    void saveFailed_withARefusalThatWillNotChange_turnsTheFeatureOff(int status) {
        // Audit "4. Markers": such a 4xx used to be retried every 15 s for as long as Woolly ran.
        ReadPosition position = position();
        position.readPositionChanged("a");
        clock.advance(Duration.ofSeconds(3));
        position.saveIfDue().orElseThrow();

        position.saveFailed(new ApiException.Rejected(status, "unsupported"));

        assertThat(position.isSupported()).isFalse();
        position.readPositionChanged("b");
        clock.advance(Duration.ofMinutes(1));
        assertThat(position.saveDueAt()).isEmpty();
        assertThat(position.saveIfDue()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 409})
    void saveFailed_withARefusalWorthRetrying_triesAgainLater(int status) {
        // Mastodon answers 409 when two clients save the same marker at once.
        ReadPosition position = position();
        position.readPositionChanged("a");
        clock.advance(Duration.ofSeconds(3));
        position.saveIfDue().orElseThrow();

        position.saveFailed(new ApiException.Rejected(status, null));

        assertThat(position.isSupported()).isTrue();
        assertThat(position.saveDueAt()).contains(START.plusSeconds(18));
    }

    @Test
    void save_onAServerWithoutMarkers_turnsTheFeatureOff() throws Exception {
        server.enqueue(WireServer.json(404, "<html>not here</html>"));
        ReadPosition position = position();
        position.readPositionChanged("a");

        position.saved(position.saveNow().orElseThrow().execute());

        assertThat(position.isSupported()).isFalse();
        position.readPositionChanged("b");
        assertThat(position.saveDueAt()).isEmpty();
    }
}
