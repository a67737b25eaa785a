package social.woolly.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static social.woolly.core.api.TestServer.json;
import static social.woolly.core.api.TestServer.taken;
import static social.woolly.core.api.TestServer.target;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import social.woolly.core.model.Status;

class TimelineMethodsTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void home_newest_sendsGetWithLimitTokenAndUserAgent() throws Exception {
        server.enqueue(json("timelines/home.json"));

        Page<Status> page = TestServer.api(server).timelines().home().execute();

        var request = taken(server);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(target(request)).isEqualTo("/api/v1/timelines/home?limit=40");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestServer.TOKEN);
        assertThat(request.getHeaders().get("User-Agent"))
                .isEqualTo("Woolly/" + OkHttpClients.version() + " (+https://github.com/woolly-social/woolly)")
                .doesNotContain("dev");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(page.items()).hasSize(3);
    }

    @Test
    void home_withoutLinkHeader_derivesCursorsFromItemIds() throws Exception {
        server.enqueue(json("timelines/home.json"));

        Page<Status> page = TestServer.api(server).timelines().home().execute();

        assertThat(page.older()).isEqualTo(PageCursor.olderThan("01HV7ZA0000000000000000001"));
        assertThat(page.newer()).isEqualTo(PageCursor.newerThan("113500000000000200"));
    }

    @Test
    void home_withLinkHeader_takesCursorsFromIt_andTheNextCallSendsThem() throws Exception {
        server.enqueue(new MockResponse.Builder(json("timelines/home.json"))
                .addHeader(
                        "Link",
                        "<https://woolly.test/api/v1/timelines/home?limit=40&max_id=AbC9xyz>; rel=\"next\", "
                                + "<https://woolly.test/api/v1/timelines/home?limit=40&min_id=0000099>; rel=\"prev\"")
                .build());
        server.enqueue(json(200, "[]"));
        var timelines = TestServer.api(server).timelines();

        Page<Status> first = timelines.home().execute();
        Page<Status> second = timelines.home(first.older()).execute();

        assertThat(first.older()).isEqualTo(PageCursor.olderThan("AbC9xyz"));
        assertThat(first.newer()).isEqualTo(PageCursor.newerThan("0000099"));
        taken(server);
        assertThat(target(taken(server))).isEqualTo("/api/v1/timelines/home?max_id=AbC9xyz&limit=40");
        assertThat(second.items()).isEmpty();
        assertThat(second.older()).isNull();
        assertThat(second.newer()).isNull();
    }

    @Test
    void home_prevLinkWithSinceId_pagesNewerWithMinId() throws Exception {
        // Audit F7: snac (home) and GoToSocial (notifications) put since_id in rel="prev"; a
        // since_id page is the newest items, so filling a gap upwards from it would skip posts.
        server.enqueue(new MockResponse.Builder(json("timelines/home.json"))
                .addHeader(
                        "Link",
                        "<https://woolly.test/api/v1/timelines/home?max_id=AbC9xyz>; rel=\"next\", "
                                + "<https://woolly.test/api/v1/timelines/home?since_id=0000099>; rel=\"prev\"")
                .build());

        Page<Status> page = TestServer.api(server).timelines().home().execute();

        assertThat(page.newer()).isEqualTo(PageCursor.newerThan("0000099"));
    }

    @Test
    void home_withCustomLimitAndSince_sendsThem() throws Exception {
        server.enqueue(json(200, "[]"));

        TestServer.api(server).timelines().home(PageCursor.since("01HV"), 5).execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/timelines/home?since_id=01HV&limit=5");
    }

    @ParameterizedTest(name = "{0} media={1}")
    @CsvSource({
        "ALL,    false, /api/v1/timelines/public?limit=40",
        "LOCAL,  false, /api/v1/timelines/public?local=true&limit=40",
        "REMOTE, true,  /api/v1/timelines/public?remote=true&only_media=true&limit=40",
    })
    void publicTimeline_scope_sendsFlags(TimelineMethods.Scope scope, boolean onlyMedia, String expected)
            throws Exception {
        server.enqueue(json(200, "[]"));

        TestServer.api(server)
                .timelines()
                .publicTimeline(scope, onlyMedia, PageCursor.newest())
                .execute();

        assertThat(target(taken(server))).isEqualTo(expected);
    }

    @Test
    void tag_encodesTheHashtagAsOneSegment() throws Exception {
        server.enqueue(json(200, "[]"));

        TestServer.api(server)
                .timelines()
                .tag("café/x", TimelineMethods.Scope.LOCAL, false, PageCursor.olderThan("9"))
                .execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/timelines/tag/caf%C3%A9%2Fx?local=true&max_id=9&limit=40");
    }

    @Test
    void list_sendsListIdAndMinId() throws Exception {
        server.enqueue(json(200, "[]"));

        TestServer.api(server)
                .timelines()
                .list("01HLISTULID", PageCursor.newerThan("5"))
                .execute();

        assertThat(target(taken(server))).isEqualTo("/api/v1/timelines/list/01HLISTULID?min_id=5&limit=40");
    }
}
