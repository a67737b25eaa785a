package social.woolly.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static social.woolly.core.timeline.WireServer.fixture;
import static social.woolly.core.timeline.WireServer.taken;

import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.MastodonApi;

/** Each timeline asks the right endpoint, and the model pages through the real client. */
class TimelineSourceTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    static Stream<Arguments> sources() {
        return Stream.of(
                source("home", TimelineSource::home, "/api/v1/timelines/home?limit=40"),
                source("local", TimelineSource::local, "/api/v1/timelines/public?local=true&limit=40"),
                source("federated", TimelineSource::federated, "/api/v1/timelines/public?limit=40"),
                source("tag:café", api -> TimelineSource.tag(api, "Café"), "/api/v1/timelines/tag/Caf%C3%A9?limit=40"),
                source("list:L1", api -> TimelineSource.list(api, "L1"), "/api/v1/timelines/list/L1?limit=40"),
                source(
                        "account:Aq9",
                        api -> TimelineSource.account(api, "Aq9"),
                        "/api/v1/accounts/Aq9/statuses?limit=40"));
    }

    private static Arguments source(String key, Function<MastodonApi, TimelineSource> make, String target) {
        return Arguments.of(key, make, target);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void newest_asksTheTimelinesEndpoint(String key, Function<MastodonApi, TimelineSource> make, String target)
            throws Exception {
        server.enqueue(fixture("akkoma_home.json"));
        TimelineSource source = make.apply(WireServer.api(server));

        var page = source.newest().execute();

        assertThat(taken(server).getTarget()).isEqualTo(target);
        assertThat(source.key()).isEqualTo(key);
        assertThat(source.pagesByStatusId()).isTrue();
        assertThat(page.items()).hasSize(3);
    }

    @Test
    void serverWithoutLinkHeaders_pagesOlderFromTheLastStatusId() throws Exception {
        server.enqueue(fixture("akkoma_home.json"));
        server.enqueue(WireServer.json(200, "[]"));
        Timeline timeline = new Timeline(TimelineSource.home(WireServer.api(server)));

        TimelineLoad open = timeline.refresh();
        timeline.apply(open, open.call().execute());
        TimelineLoad older = timeline.loadOlder().orElseThrow();
        timeline.apply(older, older.call().execute());

        taken(server);
        assertThat(taken(server).getTarget()).isEqualTo("/api/v1/timelines/home?max_id=AqlzQ7e4Rr1uMNb6Kc&limit=40");
        assertThat(timeline.entries()).hasSize(3);
        assertThat(timeline.hasOlder()).isFalse();
    }

    @Test
    void serverWithLinkHeaders_pagesOlderFromItsCursor() throws Exception {
        server.enqueue(new MockResponse.Builder(fixture("akkoma_home.json"))
                .addHeader(
                        "Link", "<https://akkoma.example/api/v1/timelines/home?max_id=opaque%2Bcursor>; rel=\"next\"")
                .build());
        server.enqueue(WireServer.json(200, "[]"));
        Timeline timeline = new Timeline(TimelineSource.home(WireServer.api(server)));

        TimelineLoad open = timeline.refresh();
        timeline.apply(open, open.call().execute());
        TimelineLoad older = timeline.loadOlder().orElseThrow();
        older.call().execute();

        taken(server);
        assertThat(taken(server).getTarget()).isEqualTo("/api/v1/timelines/home?max_id=opaque%2Bcursor&limit=40");
    }

    @Test
    void refresh_cancelled_stopsTheWalk() {
        Timeline timeline = new Timeline(TimelineSource.home(WireServer.api(server)));
        TimelineLoad open = timeline.refresh();

        open.call().cancel();

        assertThat(open.call().isCancelled()).isTrue();
        assertThatThrownBy(() -> open.call().execute()).isInstanceOf(ApiException.Cancelled.class);
        assertThat(server.getRequestCount()).isZero();
    }
}
