package social.woolly.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static social.woolly.core.api.TestServer.body;
import static social.woolly.core.api.TestServer.json;
import static social.woolly.core.api.TestServer.taken;
import static social.woolly.core.api.TestServer.target;

import com.google.gson.JsonParser;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import social.woolly.core.model.ScheduledStatus;
import social.woolly.core.model.Visibility;

/** Scheduled statuses (issue #5: "a list of scheduled posts to edit or cancel") on the wire. */
class ScheduledStatusMethodsTest {
    private static final String NOT_FOUND = "{\"error\":\"Record not found\"}";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private ScheduledStatusMethods scheduled() {
        return TestServer.api(server).scheduled();
    }

    @Test
    void list_readsParamsOfEitherShape_andPagesByLinkHeader() throws Exception {
        server.enqueue(new MockResponse.Builder(json("scheduled_statuses/list.json"))
                .addHeader("Link", "<https://woolly.test/api/v1/scheduled_statuses?max_id=3000>; rel=\"next\"")
                .build());

        Page<ScheduledStatus> page = scheduled().list(PageCursor.newest()).execute();

        var request = taken(server);
        assertThat(target(request)).isEqualTo("/api/v1/scheduled_statuses?limit=40");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestServer.TOKEN);
        assertThat(page.older()).isEqualTo(PageCursor.olderThan("3000"));
        ScheduledStatus poll = page.items().getFirst();
        assertThat(poll.scheduledAt()).isEqualTo(Instant.parse("2025-04-01T08:00:00Z"));
        assertThat(poll.text()).isEqualTo("What do you drink in the morning?");
        var params = java.util.Objects.requireNonNull(poll.params());
        assertThat(params.visibility()).isEqualTo(Visibility.UNLISTED);
        assertThat(params.language()).isEqualTo("en");
        assertThat(params.inReplyToId()).isEqualTo("113500000000000042");
        assertThat(params.mediaIds()).isEmpty();
        var pollParams = java.util.Objects.requireNonNull(params.poll());
        assertThat(pollParams.options()).containsExactly("Tea", "Coffee", "Water");
        assertThat(pollParams.expiresIn()).isEqualTo(86_400);
        assertThat(pollParams.multiple()).isTrue();
        assertThat(pollParams.hideTotals()).isFalse();
        ScheduledStatus photo = page.items().get(1);
        assertThat(photo.id()).isEqualTo("ab12");
        assertThat(photo.mediaAttachments())
                .singleElement()
                .satisfies(m -> assertThat(m.description()).isEqualTo("A sunset"));
        assertThat(java.util.Objects.requireNonNull(photo.params()).mediaIds()).containsExactly("22345792");
        assertThat(photo.params().sensitive()).isTrue();
        assertThat(photo.params().visibility()).isNull();
    }

    @Test
    void list_withCursor_sendsIt() throws Exception {
        server.enqueue(json(200, "[]"));

        Page<ScheduledStatus> page =
                scheduled().list(PageCursor.olderThan("3000")).execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/scheduled_statuses?max_id=3000&limit=40");
        assertThat(page.items()).isEmpty();
        assertThat(page.older()).isNull();
    }

    @Test
    void get_readsOne() throws Exception {
        server.enqueue(json("statuses/scheduled.json"));

        ScheduledStatus one = scheduled().get("3221").execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/scheduled_statuses/3221");
        assertThat(one.text()).isEqualTo("later");
    }

    @Test
    void reschedule_putsTheNewTime() throws Exception {
        server.enqueue(json("statuses/scheduled.json"));

        scheduled().reschedule("a/b", Instant.parse("2025-04-01T08:00:00Z")).execute();

        var request = taken(server);
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(target(request)).isEqualTo("/api/v1/scheduled_statuses/a%2Fb");
        assertThat(JsonParser.parseString(body(request)))
                .isEqualTo(JsonParser.parseString("{\"scheduled_at\":\"2025-04-01T08:00:00Z\"}"));
    }

    @Test
    void reschedule_tooSoon_keepsTheServersReason() {
        server.enqueue(
                json(422, "{\"error\":\"Validation failed: Scheduled at The scheduled date must be in the future\"}"));

        assertThatThrownBy(() -> scheduled()
                        .reschedule("3221", Instant.parse("2025-03-08T12:01:00Z"))
                        .execute())
                .isInstanceOfSatisfying(
                        ApiException.Rejected.class,
                        e -> assertThat(e.serverMessage())
                                .hasValueSatisfying(m -> assertThat(m).contains("must be in the future")));
    }

    @Test
    void cancel_sendsDelete() throws Exception {
        server.enqueue(json(200, "{}"));

        scheduled().cancel("3221").execute();

        var request = taken(server);
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(target(request)).isEqualTo("/api/v1/scheduled_statuses/3221");
    }

    @Test
    void list_onAServerWithoutScheduledStatuses_isNotFound() {
        server.enqueue(json(404, NOT_FOUND));

        assertThatThrownBy(() -> scheduled().list(PageCursor.newest()).execute())
                .isInstanceOf(ApiException.NotFound.class);
    }

    @Test
    void preferences_readTheColonKeys() throws Exception {
        server.enqueue(json("scheduled_statuses/preferences.json"));

        var preferences = TestServer.api(server).accounts().preferences().execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/preferences");
        assertThat(preferences.postingDefaultLanguage()).isEqualTo("de");
        assertThat(preferences.postingDefaultVisibility()).isEqualTo(Visibility.UNLISTED);
        assertThat(preferences.postingDefaultSensitive()).isFalse();
    }

    @Test
    void preferences_withNullLanguage_haveNone() throws Exception {
        server.enqueue(json(200, "{\"posting:default:language\":null,\"posting:default:sensitive\":true}"));

        var preferences = TestServer.api(server).accounts().preferences().execute();

        assertThat(preferences.postingDefaultLanguage()).isNull();
        assertThat(preferences.postingDefaultVisibility()).isNull();
        assertThat(preferences.postingDefaultSensitive()).isTrue();
    }
}
